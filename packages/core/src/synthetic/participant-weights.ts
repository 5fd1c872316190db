import type { District } from '../geography/index.js';
import type { AgeBandValue, EducationLevelValue, GenderValue } from '../model/index.js';
import type { Weights } from './context.js';

// The distributions the synthetic participants are drawn from: plausible for a demo, not statistics of any
// real programme.

export const MOTHER_TONGUES: Partial<Record<District, Weights<string>>> = {
  Sindhupalchok: [
    ['taj', 6],
    ['ne', 4],
  ],
  Nuwakot: [
    ['taj', 5],
    ['ne', 5],
  ],
  Makwanpur: [
    ['taj', 5],
    ['ne', 5],
  ],
  Dhading: [
    ['taj', 4],
    ['ne', 6],
  ],
  Rasuwa: [
    ['taj', 7],
    ['ne', 3],
  ],
  Kavrepalanchok: [
    ['taj', 4],
    ['new', 1],
    ['ne', 5],
  ],
  Dolakha: [
    ['taj', 3],
    ['ne', 7],
  ],
  Sindhuli: [
    ['mgp', 2],
    ['taj', 2],
    ['ne', 6],
  ],
  Rautahat: [
    ['bho', 4],
    ['vjk', 3],
    ['ne', 3],
  ],
  Sarlahi: [
    ['mai', 4],
    ['vjk', 3],
    ['ne', 3],
  ],
  Dhanusha: [
    ['mai', 7],
    ['ne', 3],
  ],
  Mahottari: [
    ['mai', 7],
    ['ne', 3],
  ],
  Morang: [
    ['mai', 3],
    ['lif', 1],
    ['bap', 1],
    ['ne', 5],
  ],
  Sunsari: [
    ['mai', 3],
    ['ur', 1],
    ['ne', 6],
  ],
  Jhapa: [
    ['lif', 1],
    ['bap', 1],
    ['ne', 8],
  ],
  Banke: [
    ['awa', 4],
    ['ur', 1],
    ['ne', 5],
  ],
  Kailali: [
    ['thl', 4],
    ['dty', 2],
    ['ne', 4],
  ],
  Kathmandu: [
    ['new', 3],
    ['ne', 7],
  ],
  Lalitpur: [
    ['new', 3],
    ['ne', 7],
  ],
  Chitwan: [
    ['thl', 2],
    ['ne', 8],
  ],
  Kaski: [
    ['gvr', 3],
    ['ne', 7],
  ],
};

export const GENDERS: Weights<GenderValue> = [
  ['feminine', 78],
  ['masculine', 15],
  ['transgender_feminine', 3],
  ['transgender_masculine', 1],
  ['non_conforming', 1],
  ['not_specified', 2],
];

export const EDUCATION: Weights<EducationLevelValue> = [
  ['none', 14],
  ['primary', 24],
  ['lower_secondary', 30],
  ['upper_secondary', 20],
  ['post_secondary_non_tertiary', 5],
  ['bachelor', 5],
  ['master', 1],
];

export const ADULT_BANDS: Weights<AgeBandValue> = [
  ['18-20', 18],
  ['21-23', 20],
  ['24-26', 18],
  ['27-29', 14],
  ['30-38', 20],
  ['39-47', 8],
  ['48+', 2],
];

export const CITIZENSHIP = [
  ['yes', 62],
  ['in_process', 16],
  ['no', 22],
] as const;
export const DEPENDANTS = [
  [0, 35],
  [1, 25],
  [2, 20],
  [3, 12],
  [4, 8],
] as const;
export const PATHWAYS = [
  ['job', 45],
  ['enterprise', 20],
  ['training', 20],
  ['support', 15],
] as const;
export const SURVIVOR_HOUSING = [
  ['in_shelter', 35],
  ['with_family', 20],
  ['with_relatives_or_friends', 15],
  ['independent', 15],
  ['no_stable_housing', 15],
] as const;
export const AT_RISK_HOUSING = [
  ['in_shelter', 5],
  ['with_family', 50],
  ['with_relatives_or_friends', 15],
  ['independent', 15],
  ['no_stable_housing', 10],
] as const;

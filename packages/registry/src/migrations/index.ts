import { initial } from './0001-initial.js';
import { hardening } from './0002-hardening.js';
import { livelihood } from './0003-livelihood.js';
import { jobOffers } from './0004-job-offers.js';
import { trainingEnterprises } from './0005-training-enterprises.js';
import { care } from './0006-care.js';
import { stories } from './0007-stories.js';
import { consentScope } from './0008-consent-scope.js';
import { rights } from './0009-rights.js';
import { rateLimitSalt } from './0011-rate-limit-salt.js';
import { listIndexes } from './0014-list-indexes.js';
import { webhooks } from './0016-webhooks.js';
import { enrolmentReferrer } from './0017-enrolment-referrer.js';

/** One versioned schema change. Versions only grow; an applied migration is never edited. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, in order. Append new ones; never reorder or edit. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'hardening', sql: hardening },
  { version: 3, name: 'livelihood', sql: livelihood },
  { version: 4, name: 'job-offers', sql: jobOffers },
  { version: 5, name: 'training-enterprises', sql: trainingEnterprises },
  { version: 6, name: 'care', sql: care },
  { version: 7, name: 'stories', sql: stories },
  { version: 8, name: 'consent-scope', sql: consentScope },
  { version: 9, name: 'rights', sql: rights },
  { version: 11, name: 'rate-limit-salt', sql: rateLimitSalt },
  { version: 14, name: 'list-indexes', sql: listIndexes },
  { version: 16, name: 'webhooks', sql: webhooks },
  { version: 17, name: 'enrolment-referrer', sql: enrolmentReferrer },
];

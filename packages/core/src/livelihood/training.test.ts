import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import { attendanceRate, EnrolmentInputSchema, EnrolmentSchema } from './enrolment.js';
import { enrolment, programme } from './records.fixture.js';
import { TrainingProgrammeInputSchema, TrainingProgrammeSchema } from './training-programme.js';

const codesAt = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.code}`);

describe('training programme', () => {
  it('accepts a complete programme', () => {
    expect(codesAt(validate(TrainingProgrammeSchema, programme()))).toEqual([]);
  });

  it('refuses an end date before the start date, at endDate, in both languages', () => {
    const result = validate(TrainingProgrammeSchema, programme({ endDate: '2026-01-01' }));
    expect(codesAt(result)).toEqual(['/endDate end_before_start']);
    if (!result.ok) expect(result.issues[0]?.message.ne).toMatch(/[\u0900-\u097F]/);
    const { id, organizationId, createdAt, updatedAt, ...input } = programme({ endDate: '2026-01-01' });
    expect(codesAt(validate(TrainingProgrammeInputSchema, input))).toEqual(['/endDate end_before_start']);
  });

  it('reports bad hours, dates and funders field by field', () => {
    const result = validate(TrainingProgrammeSchema, {
      ...programme(),
      totalHours: 0,
      startDate: '2026-02-30',
      funders: [{ name: '' }],
    });
    expect(codesAt(result).sort()).toEqual([
      '/funders/0/name too_small',
      '/startDate invalid_format',
      '/totalHours too_small',
    ]);
  });
});

describe('enrolment', () => {
  it('accepts attendance, completion and certification', () => {
    const done = enrolment({
      status: 'completed',
      completedOn: '2026-04-30',
      attendance: { hoursAttended: 230, sessionsAttended: 78, lastAttendedOn: '2026-04-29' },
      certification: {
        status: 'certified',
        certifiedOn: '2026-05-15',
        certifyingBody: 'Example skill board',
      },
    });
    expect(codesAt(validate(EnrolmentSchema, done))).toEqual([]);
  });

  it('needs a completion date when completed, and a certification date when certified', () => {
    expect(codesAt(validate(EnrolmentSchema, enrolment({ status: 'completed' })))).toEqual([
      '/completedOn completed_without_date',
    ]);
    expect(codesAt(validate(EnrolmentSchema, enrolment({ certification: { status: 'certified' } })))).toEqual(
      ['/certification/certifiedOn certified_without_date'],
    );
    expect(codesAt(validate(EnrolmentSchema, enrolment({ completedOn: '2026-01-01' })))).toEqual([
      '/completedOn end_before_start',
    ]);
  });

  it('refuses negative attendance and an unknown status', () => {
    const { id, organizationId, createdAt, updatedAt, ...input } = enrolment();
    const result = validate(EnrolmentInputSchema, {
      ...input,
      status: 'graduated',
      attendance: { hoursAttended: -1, sessionsAttended: 0 },
    });
    expect(codesAt(result).sort()).toEqual(['/attendance/hoursAttended too_small', '/status invalid_value']);
  });

  it('computes the attendance rate, capped at 1', () => {
    expect(attendanceRate(enrolment(), programme())).toBe(0.25);
    expect(
      attendanceRate(enrolment({ attendance: { hoursAttended: 999, sessionsAttended: 1 } }), programme()),
    ).toBe(1);
    expect(attendanceRate(enrolment(), { totalHours: 0 })).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import * as arb from './arbitraries.fixture.js';
import { LivelihoodError } from './livelihood-error.js';
import {
  CorporatePlacementSchema,
  confirmRetention,
  createPlacement,
  newPlacementCode,
  type Placement,
  PlacementCodeSchema,
  PlacementSchema,
  toCorporatePlacement,
} from './placement.js';
import { PARTICIPANT, placement } from './records.fixture.js';
import { RetentionCheckpointSchema, retentionCheckpoints } from './retention.js';

describe('retention checkpoints', () => {
  it('falls due 1, 3, 6 and 12 months after the start, clamped to month ends', () => {
    expect(retentionCheckpoints('2026-01-31').map((c) => [c.month, c.dueOn, c.status])).toEqual([
      [1, '2026-02-28', 'pending'],
      [3, '2026-04-30', 'pending'],
      [6, '2026-07-31', 'pending'],
      [12, '2027-01-31', 'pending'],
    ]);
    expect(retentionCheckpoints('2027-11-30')[0]?.dueOn).toBe('2027-12-30');
    expect(retentionCheckpoints('2027-12-31')[1]?.dueOn).toBe('2028-03-31');
    expect(retentionCheckpoints('2028-01-29')[0]?.dueOn).toBe('2028-02-29');
  });

  it('are always valid and in order, for any start date', () => {
    fc.assert(
      fc.property(arb.isoDate, (start) => {
        const list = retentionCheckpoints(start);
        let previous = start;
        for (const c of list) {
          expect(validate(RetentionCheckpointSchema, c).ok).toBe(true);
          expect(c.dueOn > previous).toBe(true);
          previous = c.dueOn;
        }
      }),
    );
  });

  it('refuse a date that is not ISO with a typed error', () => {
    expect(() => retentionCheckpoints('31/01/2026')).toThrow(LivelihoodError);
  });

  it('need confirmedAt exactly when confirmed', () => {
    const bad = { month: 1, dueOn: '2026-02-28', status: 'retained' };
    const result = validate(RetentionCheckpointSchema, bad);
    expect(!result.ok && result.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      '/confirmedAt confirmation_mismatch',
    ]);
    expect(
      validate(RetentionCheckpointSchema, { ...bad, month: 2, confirmedAt: '2026-03-01T00:00:00Z' }).ok,
    ).toBe(false);
  });
});

describe('placement', () => {
  it('accepts the sample and refuses duplicated checkpoints and an end without a reason', () => {
    expect(validate(PlacementSchema, placement()).ok).toBe(true);
    const p = placement();
    const dup = validate(PlacementSchema, { ...p, retention: [p.retention[1], p.retention[1]] });
    expect(!dup.ok && dup.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      '/retention duplicate_checkpoint',
    ]);
    const ended = validate(PlacementSchema, placement({ endedOn: '2026-05-01' }));
    expect(!ended.ok && ended.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      '/endReason end_reason_mismatch',
    ]);
    const early = validate(PlacementSchema, placement({ endedOn: '2025-12-01', endReason: 'resigned' }));
    expect(!early.ok && early.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      '/endedOn end_before_start',
    ]);
  });

  it('makes pseudonymous codes like PLC-7KQ2-M9XD', () => {
    const codes = new Set(Array.from({ length: 200 }, newPlacementCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(validate(PlacementCodeSchema, code).ok).toBe(true);
    for (const bad of ['PLC-7KQ2-M9XI', 'plc-7kq2-m9xd', 'ENT-7KQ2-M9XD', 'PLC-7KQ2M9XD']) {
      expect(validate(PlacementCodeSchema, bad).ok).toBe(false);
    }
  });

  it('is created from an input with code, checkpoints and timestamps', () => {
    const { id, organizationId, placementCode, retention, createdAt, updatedAt, ...input } = placement();
    const created = createPlacement(input, {
      organizationId: 'org_ngo0000001',
      now: new Date('2026-02-01T08:00:00Z'),
    });
    expect(validate(PlacementSchema, created).ok).toBe(true);
    expect(created.retention).toEqual(retentionCheckpoints('2026-01-31'));
    expect(created.createdAt).toBe('2026-02-01T08:00:00.000Z');
  });

  it('records retention without changing its input', () => {
    const p = placement();
    const updated = confirmRetention(p, 3, false, '2026-05-02T09:00:00Z');
    expect(updated.retention[1]).toEqual({
      month: 3,
      dueOn: '2026-04-30',
      status: 'not_retained',
      confirmedAt: '2026-05-02T09:00:00Z',
    });
    expect(p.retention[1]?.status).toBe('pending');
    expect(validate(PlacementSchema, updated).ok).toBe(true);
    const partial = placement({ retention: p.retention.slice(0, 1) });
    expect(() => confirmRetention(partial, 12, true, '2027-02-01T00:00:00Z')).toThrow(
      expect.objectContaining({ code: 'unknown_checkpoint' }),
    );
  });
});

describe('toCorporatePlacement', () => {
  it('carries only the code, the offer, the start date, the wage and retention', () => {
    const view = toCorporatePlacement(placement());
    expect(Object.keys(view).sort()).toEqual([
      'jobOfferId',
      'monthlyWageNpr',
      'placementCode',
      'retention',
      'startDate',
    ]);
    expect(validate(CorporatePlacementSchema, view).ok).toBe(true);
    const text = JSON.stringify(view);
    expect(text).not.toContain(PARTICIPANT);
    expect(text).not.toContain('MARKER');
    expect(text).not.toContain('cns_');
  });

  it('never carries the participant id, whatever the placement (marker test)', () => {
    fc.assert(
      fc.property(arb.placement, fc.nat(), (p, n) => {
        // Ids are lowercase, codes have no underscore: the marker cannot appear by chance.
        const marker = `MARKER_${n}`;
        const record = {
          ...p,
          participantId: `pt_${marker}`,
          endNotes: `note ${marker}`,
          futureField: marker,
        } as Placement;
        const view = toCorporatePlacement(record);
        expect(JSON.stringify(view)).not.toContain(marker);
        expect(validate(CorporatePlacementSchema, view).ok).toBe(true);
      }),
    );
  });

  it('has a corporate schema that refuses a participant id', () => {
    const view = { ...toCorporatePlacement(placement()), participantId: PARTICIPANT };
    const result = validate(CorporatePlacementSchema, view);
    expect(!result.ok && result.issues.map((i) => i.pointer)).toEqual(['/participantId']);
  });
});

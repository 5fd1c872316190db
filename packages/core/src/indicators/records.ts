/*
 * The smallest structural shapes the indicators and the risk rules read. The model's Participant,
 * FollowUp, Placement, Enterprise, Enrolment and Referral are assignable to them (checked by a type test),
 * and so is anything with the same fields: callers may pass a projection without the sensitive rest.
 */
import type { District } from '../geography/index.js';

/**
 * The fields of a participant the indicators and risk rules read.
 *
 * @example
 * ```ts
 * const p: IndicatorParticipant = { id: 'pt_0123456789', currentDistrict: 'Sindhupalchok', originDistrict: 'Sindhupalchok' };
 * ```
 */
export interface IndicatorParticipant {
  readonly id: string;
  readonly currentDistrict: District;
  readonly originDistrict: District;
  /** When the registry stored it (ISO date-time); the start of support. */
  readonly createdAt?: string | undefined;
  readonly citizenshipCertificate?: { readonly status: 'yes' | 'no' | 'in_process' } | undefined;
  readonly shelterStatus?: string | undefined;
  readonly exploitationHistory?: { readonly methodsOfControl: readonly string[] } | undefined;
}

/**
 * The fields of a follow-up the indicators and risk rules read.
 *
 * @example
 * ```ts
 * const f: IndicatorFollowUp = {
 *   participantId: 'pt_0123456789', date: '2026-06-01', monthlyIncomeNpr: 21000,
 *   livingIndependently: true, reintegratedWithFamily: true, inShelter: false,
 * };
 * ```
 */
export interface IndicatorFollowUp {
  readonly id?: string | undefined;
  readonly participantId: string;
  /** ISO date of the follow-up. */
  readonly date: string;
  readonly monthlyIncomeNpr: number;
  readonly livingIndependently: boolean;
  readonly reintegratedWithFamily: boolean;
  readonly inShelter: boolean;
  readonly economicScore?: number | undefined;
  readonly socialScore?: number | undefined;
  readonly psychosocialScore?: number | undefined;
}

/**
 * The fields of a placement the indicators and risk rules read.
 *
 * @example
 * ```ts
 * const p: IndicatorPlacement = {
 *   participantId: 'pt_0123456789', startDate: '2026-01-05', monthlyWageNpr: 20000,
 *   retention: [{ month: 3, dueOn: '2026-04-05', status: 'retained' }],
 * };
 * ```
 */
export interface IndicatorPlacement {
  readonly id?: string | undefined;
  readonly participantId: string;
  readonly startDate: string;
  readonly monthlyWageNpr: number;
  readonly endedOn?: string | undefined;
  readonly retention: readonly {
    readonly month: number;
    readonly dueOn: string;
    readonly status: 'pending' | 'retained' | 'not_retained';
  }[];
}

/**
 * The fields of an enterprise the indicators and risk rules read.
 *
 * @example
 * ```ts
 * const e: IndicatorEnterprise = {
 *   participantId: 'pt_0123456789', startDate: '2026-01-01', status: 'operating',
 *   seedSupport: { grantNpr: 50000, inKind: [] }, monthlyRecords: [{ month: '2026-02', revenueNpr: 40000, profitNpr: 21000 }],
 * };
 * ```
 */
export interface IndicatorEnterprise {
  readonly id?: string | undefined;
  readonly participantId: string;
  readonly startDate: string;
  readonly status: 'planned' | 'operating' | 'paused' | 'closed';
  readonly seedSupport?:
    | {
        readonly grantNpr: number;
        readonly inKind: readonly { readonly valueNpr?: number | undefined }[];
        readonly providedOn?: string | undefined;
      }
    | undefined;
  readonly monthlyRecords: readonly {
    readonly month: string;
    readonly revenueNpr: number;
    readonly profitNpr: number;
  }[];
}

/**
 * The fields of a training enrolment the indicators read.
 *
 * @example
 * ```ts
 * const e: IndicatorEnrolment = { participantId: 'pt_0123456789', status: 'completed', enrolledOn: '2026-01-01', completedOn: '2026-03-01' };
 * ```
 */
export interface IndicatorEnrolment {
  readonly participantId: string;
  readonly enrolledOn: string;
  readonly status: string;
  readonly completedOn?: string | undefined;
}

/**
 * The fields of a referral the indicators read (the referral funnel).
 *
 * @example
 * ```ts
 * const r: IndicatorReferral = { participantId: 'pt_0123456789', status: 'accepted', sentAt: '2026-01-01T09:00:00Z', acceptedAt: '2026-01-03T09:00:00Z' };
 * ```
 */
export interface IndicatorReferral {
  readonly participantId: string;
  readonly status: string;
  readonly sentAt?: string | undefined;
  readonly acceptedAt?: string | undefined;
  readonly completedAt?: string | undefined;
}

/** `YYYY-MM-DD` of an ISO date or date-time. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** The ISO date `months` calendar months after `isoDate` (clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) - 1 + months;
  const d = Number(isoDate.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Groups records by `participantId`. */
export function byParticipant<T extends { readonly participantId: string }>(
  records: readonly T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    const list = map.get(r.participantId);
    if (list) list.push(r);
    else map.set(r.participantId, [r]);
  }
  return map;
}

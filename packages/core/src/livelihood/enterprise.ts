import * as z from 'zod/mini';
import { DistrictSchema } from '../geography/index.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import {
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  idSchema,
  NprSchema,
  newId,
  ShortTextSchema,
} from '../model/index.js';
import { newPseudonymousCode, pseudonymousCodeSchema } from './pseudonymous-code.js';
import { rule, unique } from './rules.js';
import { TradeSchema } from './trade.js';

/**
 * An enterprise's pseudonymous code, e.g. `ENT-4HZ7-Q2MB`: how buyers and aggregates refer to it.
 *
 * @example
 * ```ts
 * EnterpriseCodeSchema.safeParse('ENT-4HZ7-Q2MB').success; // true
 * ```
 */
export const EnterpriseCodeSchema = pseudonymousCodeSchema('ENT');

/**
 * A new random enterprise code (`ENT-` and 8 Crockford base-32 characters).
 *
 * @example
 * ```ts
 * newEnterpriseCode(); // 'ENT-4HZ7-Q2MB'
 * ```
 */
export function newEnterpriseCode(): string {
  return newPseudonymousCode('ENT');
}

/**
 * Where an enterprise stands.
 *
 * @example
 * ```ts
 * EnterpriseStatus.label('operating', 'ne'); // 'सञ्चालनमा'
 * ```
 */
export const EnterpriseStatus = defineEnum('enterprise.status', {
  planned: { en: 'Planned', ne: 'योजनामा' },
  operating: { en: 'Operating', ne: 'सञ्चालनमा' },
  paused: { en: 'Paused', ne: 'अस्थायी रूपमा बन्द' },
  closed: { en: 'Closed', ne: 'बन्द' },
});
/** One of the {@link EnterpriseStatus} values. */
export type EnterpriseStatusValue = EnumValue<typeof EnterpriseStatus>;

/**
 * One item of in-kind seed support, e.g. a sewing machine.
 *
 * @example
 * ```ts
 * InKindItemSchema.parse({ item: 'Sewing machine', quantity: 1, valueNpr: 18000 });
 * ```
 */
export const InKindItemSchema = z.strictObject({
  item: ShortTextSchema,
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(100_000)),
  valueNpr: z.optional(NprSchema),
});
/** One in-kind item. */
export type InKindItem = z.infer<typeof InKindItemSchema>;

/**
 * The seed support an enterprise received: a grant in NPR and in-kind items.
 *
 * @example
 * ```ts
 * SeedSupportSchema.parse({ grantNpr: 25000, inKind: [], providedOn: '2026-02-01' });
 * ```
 */
export const SeedSupportSchema = z.strictObject({
  grantNpr: NprSchema,
  inKind: z.array(InKindItemSchema).check(z.maxLength(50)),
  providedOn: z.optional(IsoDateSchema),
  funderOrganizationId: z.optional(idSchema('organization')),
});
/** Seed support of an enterprise. */
export type SeedSupport = z.infer<typeof SeedSupportSchema>;

/**
 * A market linkage: a corporate partner that buys from the enterprise.
 *
 * @example
 * ```ts
 * MarketLinkageSchema.parse({ buyerOrganizationId: 'org_0123456789', since: '2026-03-01' });
 * ```
 */
export const MarketLinkageSchema = z.strictObject({
  buyerOrganizationId: idSchema('organization'),
  since: IsoDateSchema,
  product: z.optional(ShortTextSchema),
});
/** A market linkage. */
export type MarketLinkage = z.infer<typeof MarketLinkageSchema>;

/**
 * One month of an enterprise's results, in integer NPR. Profit may be negative (a loss).
 *
 * @example
 * ```ts
 * MonthlyRecordSchema.parse({ month: '2026-03', revenueNpr: 42000, profitNpr: -1500 });
 * ```
 */
export const MonthlyRecordSchema = z.strictObject({
  /** The calendar month (AD), `YYYY-MM`. */
  month: z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'YYYY-MM')),
  revenueNpr: NprSchema,
  profitNpr: z.number().check(z.int(), z.minimum(-1_000_000_000), z.maximum(1_000_000_000)),
});
/** One month of results. */
export type MonthlyRecord = z.infer<typeof MonthlyRecordSchema>;

const fields = {
  participantId: idSchema('participant'),
  trade: TradeSchema,
  district: DistrictSchema,
  startDate: IsoDateSchema,
  status: EnterpriseStatus.schema,
  seedSupport: z.optional(SeedSupportSchema),
  marketLinkages: z.array(MarketLinkageSchema).check(
    z.maxLength(100),
    rule<MarketLinkage[]>('duplicate_item', [], (l) => unique(l, (m) => m.buyerOrganizationId)),
  ),
  monthlyRecords: z.array(MonthlyRecordSchema).check(
    z.maxLength(600),
    rule<MonthlyRecord[]>('duplicate_month', [], (r) => unique(r, (m) => m.month)),
  ),
  notes: z.optional(FreeTextSchema),
};

/**
 * A stored enterprise owned by a participant (by pseudonymous id), with its seed support, market
 * linkages and monthly results, recorded by the supporting NGO.
 *
 * @example
 * ```ts
 * const enterprise = EnterpriseSchema.parse(record);
 * ```
 */
export const EnterpriseSchema = z.strictObject({
  id: idSchema('enterprise'),
  organizationId: idSchema('organization'),
  enterpriseCode: EnterpriseCodeSchema,
  ...fields,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
/** A stored enterprise. */
export type Enterprise = z.infer<typeof EnterpriseSchema>;

/**
 * What the NGO sends to record an enterprise (no `id`, `organizationId`, `enterpriseCode`, timestamps).
 *
 * @example
 * ```ts
 * const result = validate(EnterpriseInputSchema, body);
 * ```
 */
export const EnterpriseInputSchema = z.strictObject(fields);
/** The input to record an enterprise. */
export type EnterpriseInput = z.infer<typeof EnterpriseInputSchema>;

/**
 * The sensitivity of every field of an enterprise.
 *
 * @example
 * ```ts
 * redact(enterprise, enterpriseFieldSensitivity, 'internal');
 * ```
 */
export const enterpriseFieldSensitivity: FieldSensitivity<Enterprise> = Object.freeze({
  id: 'internal',
  organizationId: 'internal',
  enterpriseCode: 'internal',
  participantId: 'sensitive',
  trade: 'internal',
  district: 'internal',
  startDate: 'internal',
  status: 'internal',
  seedSupport: 'sensitive',
  marketLinkages: 'internal',
  monthlyRecords: 'sensitive',
  notes: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * Completes a validated enterprise input into a stored enterprise with a new id, code and timestamps.
 *
 * @example
 * ```ts
 * const enterprise = createEnterprise(input, { organizationId: 'org_0123456789' });
 * ```
 */
export function createEnterprise(
  input: EnterpriseInput,
  context: {
    readonly organizationId: string;
    readonly now?: Date;
    readonly id?: string;
    readonly enterpriseCode?: string;
  },
): Enterprise {
  const at = (context.now ?? new Date()).toISOString();
  return {
    id: context.id ?? newId('enterprise'),
    organizationId: context.organizationId,
    enterpriseCode: context.enterpriseCode ?? newEnterpriseCode(),
    ...input,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * What a corporate buyer sees of an enterprise it is linked to: its code and trade only.
 *
 * @example
 * ```ts
 * CorporateEnterpriseSchema.parse({ enterpriseCode: 'ENT-4HZ7-Q2MB', trade: 'dhaka_weaving' });
 * ```
 */
export const CorporateEnterpriseSchema = z.strictObject({
  enterpriseCode: EnterpriseCodeSchema,
  trade: TradeSchema,
});
/** The corporate-facing view of an enterprise. */
export type CorporateEnterprise = z.infer<typeof CorporateEnterpriseSchema>;

/**
 * Projects an enterprise to its corporate-facing view, field by field so nothing else can leak.
 *
 * @example
 * ```ts
 * toCorporateEnterprise(enterprise); // { enterpriseCode: 'ENT-4HZ7-Q2MB', trade: 'dhaka_weaving' }
 * ```
 */
export function toCorporateEnterprise(enterprise: Enterprise): CorporateEnterprise {
  return { enterpriseCode: enterprise.enterpriseCode, trade: enterprise.trade };
}

import {
  type FieldIssue,
  type JobOfferDraftInput,
  JobOfferDraftInputSchema,
  type JobOfferPatch,
  type JobOfferWarning,
  jobOfferWarnings,
  validate,
} from '@nayabato/core';

/**
 * The editor's form as the inputs hold it: text for every text and number input, booleans for the
 * checkboxes. {@link toDraftInput} turns it into core's `JobOfferDraftInput`; {@link fromOffer} fills it
 * from a stored offer.
 *
 * @example
 * ```ts
 * const form: OfferForm = { ...emptyOfferForm(), title: 'Kitchen assistant' };
 * ```
 */
export interface OfferForm {
  title: string;
  description: string;
  trade: string;
  /** One skill per line (commas separate too). */
  skills: string;
  district: string;
  locality: string;
  employmentType: string;
  wageMin: string;
  wageMax: string;
  openings: string;
  trainingProvided: boolean;
  accommodationProvided: boolean;
  transportProvided: boolean;
  /** `YYYY-MM-DD`, or empty when the offer does not expire. */
  validThrough: string;
}

/** The name of one field of the {@link OfferForm}. */
export type OfferField = keyof OfferForm;

/**
 * The fields in the order the form shows them: the first field with an error in this order gets focus.
 *
 * @example
 * ```ts
 * OFFER_FIELDS[0]; // 'title'
 * ```
 */
export const OFFER_FIELDS: readonly OfferField[] = Object.freeze([
  'title',
  'description',
  'trade',
  'skills',
  'employmentType',
  'district',
  'locality',
  'wageMin',
  'wageMax',
  'openings',
  'validThrough',
  'trainingProvided',
  'accommodationProvided',
  'transportProvided',
]);

/**
 * An empty form: a full-time offer of one opening, nothing provided.
 *
 * @example
 * ```ts
 * emptyOfferForm().openings; // '1'
 * ```
 */
export function emptyOfferForm(): OfferForm {
  return {
    title: '',
    description: '',
    trade: '',
    skills: '',
    district: '',
    locality: '',
    employmentType: 'FULL_TIME',
    wageMin: '',
    wageMax: '',
    openings: '1',
    trainingProvided: false,
    accommodationProvided: false,
    transportProvided: false,
    validThrough: '',
  };
}

/** The stored offer's fields the form edits (a `JobOffer` from the registry has them all). */
export type EditableOffer = Readonly<Omit<JobOfferDraftInput, 'skills' | 'wage'>> & {
  readonly skills: readonly string[];
  readonly wage: Readonly<JobOfferDraftInput['wage']>;
};

/**
 * The form of a stored offer.
 *
 * @example
 * ```ts
 * const form = fromOffer(await client.jobOffers.get(id));
 * ```
 */
export function fromOffer(offer: EditableOffer): OfferForm {
  return {
    title: offer.title,
    description: offer.description,
    trade: offer.trade,
    skills: offer.skills.join('\n'),
    district: offer.district,
    locality: offer.locality ?? '',
    employmentType: offer.employmentType,
    wageMin: String(offer.wage.minMonthlyNpr),
    wageMax: String(offer.wage.maxMonthlyNpr),
    openings: String(offer.openings),
    trainingProvided: offer.trainingProvided,
    accommodationProvided: offer.accommodationProvided,
    transportProvided: offer.transportProvided,
    validThrough: offer.validThrough ?? '',
  };
}

// Empty stays absent (core says "required"); anything else goes through Number so "12a" is not a number.
const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));
const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/**
 * The form as core's draft input, unchecked: empty optional fields are left out, numbers parsed (an
 * empty number is left out, so that core reports it as required). Check it with {@link checkOfferForm}.
 *
 * @example
 * ```ts
 * toDraftInput({ ...form, wageMin: '21000' }).wage; // { minMonthlyNpr: 21000, maxMonthlyNpr: … }
 * ```
 */
export function toDraftInput(form: OfferForm): Record<string, unknown> {
  const input: Record<string, unknown> = {
    title: optionalText(form.title),
    description: form.description.trim() === '' ? undefined : form.description,
    trade: form.trade,
    skills: form.skills
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    district: form.district,
    employmentType: form.employmentType,
    wage: { minMonthlyNpr: numberOf(form.wageMin), maxMonthlyNpr: numberOf(form.wageMax) },
    openings: numberOf(form.openings),
    trainingProvided: form.trainingProvided,
    accommodationProvided: form.accommodationProvided,
    transportProvided: form.transportProvided,
  };
  const locality = optionalText(form.locality);
  if (locality) input.locality = locality;
  const validThrough = optionalText(form.validThrough);
  if (validThrough) input.validThrough = validThrough;
  // Left out rather than empty, so that core reports them as required.
  for (const key of ['title', 'description', 'trade', 'district', 'employmentType'] as const)
    if (input[key] === '' || input[key] === undefined) delete input[key];
  return input;
}

/**
 * The form field a field issue belongs to, from its path (`/wage/minMonthlyNpr` → `wageMin`,
 * `/skills/2` → `skills`); `undefined` for an issue of the whole offer.
 *
 * @example
 * ```ts
 * fieldOfIssue({ path: ['wage', 'maxMonthlyNpr'], pointer: '/wage/maxMonthlyNpr', code: 'wage_range_inverted', message }); // 'wageMax'
 * ```
 */
export function fieldOfIssue(issue: Pick<FieldIssue, 'path'>): OfferField | undefined {
  const [head, next] = issue.path;
  if (head === 'wage') return next === 'maxMonthlyNpr' ? 'wageMax' : 'wageMin';
  return OFFER_FIELDS.includes(head as OfferField) ? (head as OfferField) : undefined;
}

/** Field issues grouped by form field; issues of no field under `form`. */
export type IssuesByField = Partial<Record<OfferField | 'form', FieldIssue[]>>;

/**
 * Groups field issues (core's or the registry's problem `errors`) by the form field they belong to.
 *
 * @example
 * ```ts
 * byField(error.issues).title?.[0]?.message.ne;
 * ```
 */
export function byField(issues: readonly FieldIssue[]): IssuesByField {
  const grouped: IssuesByField = {};
  for (const issue of issues) {
    const field = fieldOfIssue(issue) ?? 'form';
    grouped[field] = [...(grouped[field] ?? []), issue];
  }
  return grouped;
}

/**
 * The first field with an issue, in the form's order, so focus moves there.
 *
 * @example
 * ```ts
 * firstInvalidField({ wageMin: [issue], title: [issue] }); // 'title'
 * ```
 */
export function firstInvalidField(issues: IssuesByField): OfferField | undefined {
  return OFFER_FIELDS.find((field) => (issues[field]?.length ?? 0) > 0);
}

/** What {@link checkOfferForm} found. */
export type OfferFormCheck =
  | { readonly ok: true; readonly value: JobOfferDraftInput; readonly warnings: JobOfferWarning[] }
  | { readonly ok: false; readonly issues: IssuesByField; readonly warnings: JobOfferWarning[] };

/**
 * Checks the form with core's `JobOfferDraftInputSchema` (field messages in English and Nepali) and
 * computes core's warnings (the minimum wage) wherever the wage is readable, even when other fields are
 * wrong, so HR sees the warning while typing.
 *
 * @param dates - the stored offer's `postedOn` and `createdAt`, so the minimum wage of its posting date applies
 * @example
 * ```ts
 * const check = checkOfferForm(form);
 * if (!check.ok) focus(firstInvalidField(check.issues));
 * ```
 */
export function checkOfferForm(
  form: OfferForm,
  dates: { readonly postedOn?: string | undefined; readonly createdAt?: string | undefined } = {},
): OfferFormCheck {
  const input = toDraftInput(form);
  const wage = input.wage as { minMonthlyNpr?: number; maxMonthlyNpr?: number };
  const warnings =
    Number.isInteger(wage.minMonthlyNpr) && (wage.minMonthlyNpr ?? -1) >= 0
      ? jobOfferWarnings({
          wage: { minMonthlyNpr: wage.minMonthlyNpr ?? 0, maxMonthlyNpr: wage.maxMonthlyNpr ?? 0 },
          ...(dates.postedOn ? { postedOn: dates.postedOn } : {}),
          ...(dates.createdAt ? { createdAt: dates.createdAt } : {}),
        })
      : [];
  const result = validate(JobOfferDraftInputSchema, input);
  return result.ok
    ? { ok: true, value: result.value, warnings }
    : { ok: false, issues: byField(result.issues), warnings };
}

/**
 * The change from a stored offer to a checked input: only the fields that differ, for a `PATCH`. A field
 * emptied in the form (locality, closing date) cannot be removed by a patch and is left as stored.
 *
 * @example
 * ```ts
 * patchOf(offer, { ...offer, openings: 3 }); // { openings: 3 }
 * ```
 */
export function patchOf(stored: EditableOffer, next: JobOfferDraftInput): JobOfferPatch {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!sameValue(value, stored[key as keyof EditableOffer])) patch[key] = value;
  }
  return patch as JobOfferPatch;
}

/** Deep equality of JSON values, whatever the order of object keys (a database may reorder them). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

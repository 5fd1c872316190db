/**
 * The rules of support requests (docs/decisions/2026-12-06-care-records-and-support-requests.md): an NGO addresses a
 * government organisation only; the addressed desk sees what it needs to act and never the participant's
 * pseudonymous id.
 */
import type { SupportRequest } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { type SupportRequestRow, toSupportRequest } from '../store/support-requests.js';

/**
 * Refuses (422 on `toOrganizationId`) an addressee that does not exist or is not a government
 * organisation: a support request is the government's business, and its text goes nowhere else.
 *
 * @example
 * ```ts
 * checkDesk(await findOrganization(db, input.toOrganizationId));
 * ```
 */
export function checkDesk(desk: { role: string } | undefined): void {
  if (!desk) {
    throw new Problem('validation-failed', 'No such organisation.', {
      errors: [issue(['toOrganizationId'], 'unknown_reference')],
    });
  }
  if (desk.role !== 'government') {
    throw new Problem('validation-failed', 'A support request goes to a government organisation.', {
      errors: [issue(['toOrganizationId'], 'recipient_not_government')],
    });
  }
}

/**
 * The support request as the caller sees it: the requesting NGO reads all of it (the desk's answer
 * included); the desk reads the request without `participantId`: it acts on the kind, district, places
 * and description, and a pseudonymous id would only let it link requests about one person.
 *
 * @example
 * ```ts
 * supportRequestView(row, deskPrincipal).participantId; // undefined
 * ```
 */
export function supportRequestView(row: SupportRequestRow, principal: Principal): SupportRequest {
  const full = toSupportRequest(row);
  if (row.org_id === principal.orgId) return full;
  const { participantId: _withheld, ...forDesk } = full;
  return forDesk;
}

import {
  FollowUpInputSchema,
  FollowUpSchema,
  FreeTextSchema,
  ServiceDeliveryInputSchema,
  ServiceDeliverySchema,
  SupportRequestInputSchema,
  SupportRequestKind,
  SupportRequestSchema,
  SupportRequestStatus,
} from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';

/** Where a support request stands (a component: the list's `status` filter refers to it). */
export const SupportRequestStatusSchema = named('SupportRequestStatus', SupportRequestStatus.schema);
/** What a support request asks for. */
export const SupportRequestKindSchema = named('SupportRequestKind', SupportRequestKind.schema);

/** A follow-up, core's record: only the recording NGO reads it. */
export const FollowUp = named('FollowUp', FollowUpSchema);
/** What the NGO sends to record a follow-up. */
export const FollowUpInput = named('FollowUpInput', FollowUpInputSchema);
/** A service delivery, core's record: only the recording NGO reads it. */
export const ServiceDelivery = named('ServiceDelivery', ServiceDeliverySchema);
/** What the NGO sends to record a service delivery. */
export const ServiceDeliveryInput = named('ServiceDeliveryInput', ServiceDeliveryInputSchema);
/** What the NGO sends to raise a support request. */
export const SupportRequestInput = named('SupportRequestInput', SupportRequestInputSchema);
/** A support request as a party sees it. */
export const SupportRequestView = named(
  'SupportRequest',
  SupportRequestSchema,
  'A support request. The addressed government organisation never receives `participantId`; the requesting NGO reads everything, the desk’s `response` included.',
);

const Answer = FreeTextSchema.check(z.trim(), z.minLength(1));

/** The bodies of the support-request transitions. */
export const SupportRequestAnswerInput = named(
  'SupportRequestAnswerInput',
  z.strictObject({ response: z.optional(Answer) }),
  'The desk’s answer to the requesting NGO (optional; replaces the earlier answer when given).',
);
/** Declining needs the answer. */
export const SupportRequestDeclineInput = named(
  'SupportRequestDeclineInput',
  z.strictObject({ response: Answer }),
  'Why the desk declines: the requesting NGO reads it.',
);
/** Withdrawing takes no body. */
export const SupportRequestWithdrawInput = named('SupportRequestWithdrawInput', z.strictObject({}));

/**
 * The events of `<nb-intake-form>` and their details: ids and codes only, never a field value.
 *
 * @packageDocumentation
 */

/** Detail of `nb-intake-queued`: the intake's local id only, never a field value. */
export interface IntakeQueuedDetail {
  /** A random id of this intake on this device (not a registry id). */
  readonly intakeId: string;
}
/** Detail of `nb-intake-submitted`: ids only. */
export interface IntakeSubmittedDetail {
  /** The intake's local id. */
  readonly intakeId: string;
  /** The pseudonymous id the registry gave the participant. */
  readonly participantId: string;
}
/** Detail of `nb-intake-error`: what failed, by code, without any field value. */
export interface IntakeErrorDetail {
  /** The intake's local id, when the failure concerns a queued intake. */
  readonly intakeId?: string;
  /** `validation`, `conflict`, `rejected`, `dependency` (the queue's kinds), or `not-connected`, `storage`. */
  readonly kind: string;
  /** The client error's code. */
  readonly code: string;
}

/** The events of `<nb-intake-form>`. */
export type IntakeQueuedEvent = CustomEvent<IntakeQueuedDetail>;
/** See {@link IntakeSubmittedDetail}. */
export type IntakeSubmittedEvent = CustomEvent<IntakeSubmittedDetail>;
/** See {@link IntakeErrorDetail}. */
export type IntakeErrorEvent = CustomEvent<IntakeErrorDetail>;
/** Fired after a shared-device wipe. */
export type IntakeWipedEvent = CustomEvent<Record<string, never>>;

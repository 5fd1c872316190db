/** Tunable limits of one registry. Every process on one database should use the same values. */
export interface RegistrySettings {
  /**
   * Largest accepted request body, in bytes.
   * @default 262144
   */
  readonly maxBodyBytes: number;
  /**
   * Requests per key per minute (a fixed window counted in the database, shared by every process);
   * `0` disables the limit.
   * @default 600
   */
  readonly rateLimitPerMinute: number;
  /**
   * Lifetime of a staff token, in seconds (the default when `POST /v1/tokens` asks none).
   * @default 900
   */
  readonly staffTokenSeconds: number;
  /**
   * Largest page size of list endpoints.
   * @default 100
   */
  readonly maxPageSize: number;
  /**
   * How long a key replaced by `POST /v1/keys/{id}/rotate` keeps working, in seconds, so that a
   * rotation whose response was lost does not lock the organisation out (the caller rotates again with
   * the old key). `0` revokes the old key at once.
   * @default 86400
   */
  readonly keyRotationGraceSeconds: number;
  /**
   * How long a stored `Idempotency-Key` response is kept, in seconds. Responses can hold personal data:
   * they are not replayed after this and are swept.
   * @default 86400
   */
  readonly idempotencyKeySeconds: number;
  /**
   * Largest accepted story photo upload (`PUT /v1/stories/{id}/photo`), in bytes; beyond it, 413.
   * @default 5242880
   */
  readonly maxPhotoBytes: number;
  /**
   * Longest side of a stored story photo, in pixels: larger uploads are scaled down when re-encoded.
   * @default 2048
   */
  readonly maxPhotoDimension: number;
  /**
   * Most pixels (width × height) an uploaded photo may decode to (a small file can decode to gigabytes).
   * @default 40000000
   */
  readonly maxPhotoInputPixels: number;
  /**
   * Retention: a participant whose case closed more than this many days ago is anonymised as an erasure
   * does (every livelihood plan ended, no referral open; see
   * docs/decisions/2026-12-06-erasure-retention.md). `0` turns retention off.
   * @default 0
   */
  readonly retentionDays: number;
  /**
   * How often a running registry sweeps for cases past retention, in seconds (it also sweeps at start).
   * @default 3600
   */
  readonly retentionSweepSeconds: number;
  /**
   * The disclosure-control threshold of `GET /v1/indicators`: every published count below it (and every
   * count that would let one be recovered) is withheld. See docs/indicators.md.
   * @default 5
   */
  readonly indicatorThreshold: number;
  /**
   * Graceful shutdown: how long requests in flight may take to finish after SIGTERM/SIGINT (or
   * `RunningRegistry.shutdown()`), in seconds; connections still open then are closed.
   * @default 10
   */
  readonly shutdownDrainSeconds: number;
}

/**
 * The defaults of {@link RegistrySettings}.
 *
 * @example
 * ```ts
 * createApp({ db, settings: { ...DEFAULT_SETTINGS, rateLimitPerMinute: 120 } });
 * ```
 */
export const DEFAULT_SETTINGS: RegistrySettings = {
  maxBodyBytes: 256 * 1024,
  rateLimitPerMinute: 600,
  staffTokenSeconds: 900,
  maxPageSize: 100,
  keyRotationGraceSeconds: 24 * 3600,
  idempotencyKeySeconds: 24 * 3600,
  maxPhotoBytes: 5 * 1024 * 1024,
  maxPhotoDimension: 2048,
  maxPhotoInputPixels: 40_000_000,
  retentionDays: 0,
  retentionSweepSeconds: 3600,
  indicatorThreshold: 5,
  shutdownDrainSeconds: 10,
};

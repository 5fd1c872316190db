/** Tunable limits of one registry. Every process on one database should use the same values. */
export interface RegistrySettings {
  /**
   * Largest accepted request body, in bytes.
   * @default 262144
   */
  readonly maxBodyBytes: number;
  /**
   * Requests per secret key or staff token per minute (a fixed window counted in the database, shared by
   * every process). Publishable keys have their own two limits below. `0` turns every rate limit off,
   * publishable keys' included.
   * @default 600
   */
  readonly rateLimitPerMinute: number;
  /**
   * Requests per publishable key and visitor address per minute, so that one visitor of a public widget
   * cannot exhaust it for the others. The address is hashed with the database's secret salt, never stored
   * or logged (docs/decisions/2026-12-06-rate-limits.md). Visitors behind one NAT share it, hence the
   * generous default. `0` disables it (only the per-key cap then applies).
   * @default 600
   */
  readonly publicRateLimitPerVisitorPerMinute: number;
  /**
   * Requests per publishable key per minute over all its visitors (only the requests that each visitor's
   * own limit admitted count). `0` disables it.
   * @default 6000
   */
  readonly publicRateLimitPerKeyPerMinute: number;
  /**
   * Whether the registry sits behind exactly one reverse proxy or load balancer that appends the client's
   * address to `X-Forwarded-For`. When true, the per-visitor limit uses that header's last address; when
   * false (default), the socket's peer address, and the header is ignored (a client could forge it).
   * Turn it on only when every request reaches the registry through such a proxy.
   * @default false
   */
  readonly trustProxy: boolean;
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
  /**
   * Serve Prometheus metrics at `/metrics` (request counts and latency by route template, pool use, process
   * figures; never an id or a personal value). Off by default; a self-hoster turns it on and keeps the path
   * off the public internet (see `docs/self-hosting.md`), or sets {@link RegistrySettings.metricsToken}.
   * @default false
   */
  readonly metrics: boolean;
  /**
   * When set, `/metrics` answers only `Authorization: Bearer <metricsToken>` (Prometheus'
   * `authorization` scrape option); unset, it answers anyone who reaches it.
   * @default undefined
   */
  readonly metricsToken?: string | undefined;
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
  publicRateLimitPerVisitorPerMinute: 600,
  publicRateLimitPerKeyPerMinute: 6000,
  trustProxy: false,
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
  metrics: false,
};

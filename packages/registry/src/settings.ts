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
}

/** The defaults of {@link RegistrySettings}. */
export const DEFAULT_SETTINGS: RegistrySettings = {
  maxBodyBytes: 256 * 1024,
  rateLimitPerMinute: 600,
  staffTokenSeconds: 900,
  maxPageSize: 100,
};

/** Converts a timestamp column (a `Date` from either driver) to ISO 8601. */
export function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

/** Like {@link iso}, keeping null. */
export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : iso(value);
}

/** The columns every stored record has. */
export interface BaseRow {
  id: string;
  seq: number;
  created_at: Date;
  updated_at: Date;
}

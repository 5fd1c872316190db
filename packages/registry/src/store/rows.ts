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

/** A row that stores an organisation's record as JSON in `data`. */
export interface DataRow<T> extends BaseRow {
  org_id: string;
  data: T;
}

/**
 * The API representation of a JSON-stored record: its data with the server-set fields added.
 *
 * @example
 * ```ts
 * const participant = toRecord(row); // { ...row.data, id, organizationId, createdAt, updatedAt }
 * ```
 */
export function toRecord<T extends object>(
  row: DataRow<T>,
): T & { id: string; organizationId: string; createdAt: string; updatedAt: string } {
  return {
    ...row.data,
    id: row.id,
    organizationId: row.org_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** Query parameters of a list or search: `undefined` and `null` are left out, arrays repeat the key. */
export type QueryParams = Readonly<
  Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined>
>;

/**
 * Fills a route template's `{name}` segments with encoded values, e.g. `/v1/referrals/{id}/send`.
 * Throws a TypeError on a missing value, so a bug never reaches the registry as `/v1/referrals/undefined`.
 *
 * @example
 * ```ts
 * fillRoute('/v1/participants/{id}', { id: 'ptc_01' }); // '/v1/participants/ptc_01'
 * ```
 */
export function fillRoute(route: string, params: Readonly<Record<string, string | number>> = {}): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new TypeError(`Missing path parameter "${name}" for ${route}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * Encodes query parameters, leaving out `undefined` and `null`.
 *
 * @example
 * ```ts
 * toSearchParams({ status: ['sent', 'accepted'], limit: 20, cursor: undefined }).toString();
 * // 'status=sent&status=accepted&limit=20'
 * ```
 */
export function toSearchParams(query: QueryParams | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value == null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
}

/**
 * Core's district names, loaded by `<nb-impact-stats>` only when it breaks figures down by district: the
 * 77 names in two languages are about 2 kB gzip that the national figures do not need.
 *
 * @packageDocumentation
 */
export { districtName } from '@nayabato/core';

/**
 * Overhead of the client per request against raw `fetch` to the same registry on loopback: both call
 * `GET /v1/organizations/{id}` with the same key and parse the JSON, interleaved so that drift in the
 * registry (PGlite) hits both alike. The ratio of the medians is the figure.
 */
import { createClient } from '../src/index.js';

/** What {@link measureOverhead} found, in milliseconds. */
export interface OverheadResult {
  readonly requests: number;
  readonly rawMedian: number;
  readonly clientMedian: number;
  readonly ratio: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Runs `warmup` then `requests` pairs of calls (raw fetch, then the client) and compares medians. */
export async function measureOverhead(
  baseUrl: string,
  apiKey: string,
  organizationId: string,
  requests = 500,
  warmup = 100,
): Promise<OverheadResult> {
  const client = createClient({ baseUrl, apiKey });
  const url = `${baseUrl}/v1/organizations/${organizationId}`;
  const headers = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
  const raw = async () => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`raw fetch answered ${response.status}`);
    return response.json();
  };
  const typed = () => client.organizations.get(organizationId);
  const rawTimes: number[] = [];
  const clientTimes: number[] = [];
  for (let i = 0; i < warmup + requests; i++) {
    // Alternate which goes first, so neither always follows the other's garbage.
    const order = i % 2 === 0 ? ([raw, typed] as const) : ([typed, raw] as const);
    for (const run of order) {
      const start = performance.now();
      await run();
      const elapsed = performance.now() - start;
      if (i >= warmup) (run === raw ? rawTimes : clientTimes).push(elapsed);
    }
  }
  const rawMedian = median(rawTimes);
  const clientMedian = median(clientTimes);
  return { requests, rawMedian, clientMedian, ratio: clientMedian / rawMedian };
}

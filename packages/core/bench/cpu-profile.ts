/**
 * Where the CPU time of one call goes, from V8's sampling profiler (node:inspector): the share of samples
 * spent inside named functions (with everything they call) and in garbage collection. Used by the bench
 * prose so that it states measured shares, never remembered ones.
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

/** Shares of the sampled time, from 0 to 1. */
export interface CpuShares {
  /** Per function name: samples in it or anything it calls. */
  readonly inclusive: Readonly<Record<string, number>>;
  /** Samples in V8's garbage collector. */
  readonly garbageCollection: number;
  /** How many samples the shares are of. */
  readonly samples: number;
}

/**
 * Runs `run` under the profiler and returns where its time went.
 *
 * @example
 * ```ts
 * const shares = await cpuShares(() => generateProgramme({ participants: 1000 }), ['transitionReferral']);
 * shares.inclusive.transitionReferral; // e.g. 0.2
 * ```
 */
export async function cpuShares(run: () => unknown, functions: readonly string[]): Promise<CpuShares> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    run();
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const hits = (n: ProfileNode) => n.hitCount ?? 0;
    const subtree = (n: ProfileNode): number =>
      hits(n) + (n.children ?? []).reduce((sum, id) => sum + subtree(byId.get(id) as ProfileNode), 0);
    const named = (name: string) => profile.nodes.filter((n) => n.callFrame.functionName === name);
    const total = profile.nodes
      .filter((n) => n.callFrame.functionName !== '(idle)')
      .reduce((sum, n) => sum + hits(n), 0);
    const inclusive: Record<string, number> = {};
    for (const name of functions) {
      // A node under another node of the same name is already counted in that one's subtree.
      const nodes = named(name);
      const nested = new Set<number>();
      for (const n of nodes) {
        const stack = [...(n.children ?? [])];
        while (stack.length > 0) {
          const child = byId.get(stack.pop() as number) as ProfileNode;
          if (child.callFrame.functionName === name) nested.add(child.id);
          stack.push(...(child.children ?? []));
        }
      }
      const samples = nodes.filter((n) => !nested.has(n.id)).reduce((sum, n) => sum + subtree(n), 0);
      inclusive[name] = total > 0 ? samples / total : 0;
    }
    const gc = named('(garbage collector)').reduce((sum, n) => sum + hits(n), 0);
    return { inclusive, garbageCollection: total > 0 ? gc / total : 0, samples: total };
  } finally {
    await session.post('Profiler.disable').catch(() => undefined);
    session.disconnect();
  }
}

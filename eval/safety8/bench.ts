/**
 * `npm run bench -- --only safety8`: the eighth frozen safety set (eval/safety8/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY8: SafetySetDir = { name: 'eval/safety8', dir: import.meta.dirname };

export function runSafety8Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY8);
}

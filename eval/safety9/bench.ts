/**
 * `npm run bench -- --only safety9`: the ninth frozen safety set (eval/safety9/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY9: SafetySetDir = { name: 'eval/safety9', dir: import.meta.dirname };

export function runSafety9Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY9);
}

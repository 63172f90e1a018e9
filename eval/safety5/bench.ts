/**
 * `npm run bench -- --only safety5`: the fifth frozen safety set (eval/safety5/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY5: SafetySetDir = { name: 'eval/safety5', dir: import.meta.dirname };

export function runSafety5Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY5);
}

/**
 * `npm run bench -- --only safety7`: the seventh frozen safety set (eval/safety7/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY7: SafetySetDir = { name: 'eval/safety7', dir: import.meta.dirname };

export function runSafety7Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY7);
}

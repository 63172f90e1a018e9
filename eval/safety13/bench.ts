/**
 * `npm run bench -- --only safety13`: the thirteenth frozen safety set (eval/safety13/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY13: SafetySetDir = { name: 'eval/safety13', dir: import.meta.dirname };

export function runSafety13Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY13);
}

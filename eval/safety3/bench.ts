/**
 * `npm run bench -- --only safety3`: the third frozen safety set (eval/safety3/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY3: SafetySetDir = { name: 'eval/safety3', dir: import.meta.dirname };

export function runSafety3Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY3);
}

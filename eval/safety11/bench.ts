/**
 * `npm run bench -- --only safety11`: the eleventh frozen safety set (eval/safety11/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY11: SafetySetDir = { name: 'eval/safety11', dir: import.meta.dirname };

export function runSafety11Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY11);
}

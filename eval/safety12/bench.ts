/**
 * `npm run bench -- --only safety12`: the twelfth frozen safety set (eval/safety12/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY12: SafetySetDir = { name: 'eval/safety12', dir: import.meta.dirname };

export function runSafety12Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY12);
}

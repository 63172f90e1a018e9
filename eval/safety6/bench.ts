/**
 * `npm run bench -- --only safety6`: the sixth frozen safety set (eval/safety6/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY6: SafetySetDir = { name: 'eval/safety6', dir: import.meta.dirname };

export function runSafety6Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY6);
}

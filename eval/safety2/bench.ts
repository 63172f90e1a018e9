/**
 * `npm run bench -- --only safety2`: the second frozen safety set (eval/safety2/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY2: SafetySetDir = { name: 'eval/safety2', dir: import.meta.dirname };

export function runSafety2Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY2);
}

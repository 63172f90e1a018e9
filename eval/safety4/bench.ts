/**
 * `npm run bench -- --only safety4`: the fourth frozen safety set (eval/safety4/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY4: SafetySetDir = { name: 'eval/safety4', dir: import.meta.dirname };

export function runSafety4Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY4);
}

/**
 * `npm run bench -- --only safety10`: the tenth frozen safety set (eval/safety10/README.md), scored
 * by the first set's code (eval/safety/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runSafetyBench, type SafetySetDir } from '../safety/bench.ts';

export const SAFETY10: SafetySetDir = { name: 'eval/safety10', dir: import.meta.dirname };

export function runSafety10Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runSafetyBench(opts, SAFETY10);
}

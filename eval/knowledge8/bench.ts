/**
 * `npm run bench -- --only knowledge8`: the eighth frozen knowledge set (eval/knowledge8/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE8: KnowledgeSetDir = { name: 'eval/knowledge8', dir: import.meta.dirname };

export function runKnowledge8Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE8);
}

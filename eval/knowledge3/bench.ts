/**
 * `npm run bench -- --only knowledge3`: the third frozen knowledge set (eval/knowledge3/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE3: KnowledgeSetDir = { name: 'eval/knowledge3', dir: import.meta.dirname };

export function runKnowledge3Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE3);
}

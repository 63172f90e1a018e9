/**
 * `npm run bench -- --only knowledge2`: the second frozen knowledge set (eval/knowledge2/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE2: KnowledgeSetDir = { name: 'eval/knowledge2', dir: import.meta.dirname };

export function runKnowledge2Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE2);
}

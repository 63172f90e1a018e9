/**
 * `npm run bench -- --only knowledge9`: the ninth frozen knowledge set (eval/knowledge9/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE9: KnowledgeSetDir = { name: 'eval/knowledge9', dir: import.meta.dirname };

export function runKnowledge9Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE9);
}

/**
 * `npm run bench -- --only knowledge7`: the seventh frozen knowledge set (eval/knowledge7/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE7: KnowledgeSetDir = { name: 'eval/knowledge7', dir: import.meta.dirname };

export function runKnowledge7Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE7);
}

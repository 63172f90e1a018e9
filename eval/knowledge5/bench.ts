/**
 * `npm run bench -- --only knowledge5`: the fifth frozen knowledge set (eval/knowledge5/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE5: KnowledgeSetDir = { name: 'eval/knowledge5', dir: import.meta.dirname };

export function runKnowledge5Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE5);
}

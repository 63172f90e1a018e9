/**
 * `npm run bench -- --only knowledge13`: the thirteenth frozen knowledge set (eval/knowledge13/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE13: KnowledgeSetDir = { name: 'eval/knowledge13', dir: import.meta.dirname };

export function runKnowledge13Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE13);
}

/**
 * `npm run bench -- --only knowledge10`: the tenth frozen knowledge set (eval/knowledge10/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE10: KnowledgeSetDir = { name: 'eval/knowledge10', dir: import.meta.dirname };

export function runKnowledge10Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE10);
}

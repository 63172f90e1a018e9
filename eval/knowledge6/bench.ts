/**
 * `npm run bench -- --only knowledge6`: the sixth frozen knowledge set (eval/knowledge6/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE6: KnowledgeSetDir = { name: 'eval/knowledge6', dir: import.meta.dirname };

export function runKnowledge6Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE6);
}

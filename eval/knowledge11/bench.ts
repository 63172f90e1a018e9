/**
 * `npm run bench -- --only knowledge11`: the eleventh frozen knowledge set (eval/knowledge11/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE11: KnowledgeSetDir = { name: 'eval/knowledge11', dir: import.meta.dirname };

export function runKnowledge11Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE11);
}

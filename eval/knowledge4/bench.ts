/**
 * `npm run bench -- --only knowledge4`: the fourth frozen knowledge set (eval/knowledge4/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE4: KnowledgeSetDir = { name: 'eval/knowledge4', dir: import.meta.dirname };

export function runKnowledge4Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE4);
}

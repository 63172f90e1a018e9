/**
 * `npm run bench -- --only knowledge12`: the twelfth frozen knowledge set (eval/knowledge12/README.md),
 * scored by the first set's code (eval/knowledge/bench.ts) on this directory.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE12: KnowledgeSetDir = { name: 'eval/knowledge12', dir: import.meta.dirname };

export function runKnowledge12Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench(opts, KNOWLEDGE12);
}

/**
 * `npm run bench -- --only knowledge-dev5`: a fifth development set (not frozen; tuned on), an
 * invented piano shop's documents and shoppers' paraphrased questions, scored
 * like the frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV5: KnowledgeSetDir = {
  name: 'eval/knowledge-dev5 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev5Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV5);
}

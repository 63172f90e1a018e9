/**
 * `npm run bench -- --only knowledge-dev8`: an eighth development set (not frozen; tuned on), an
 * invented tailoring and alterations shop's documents and shoppers' paraphrased questions, scored
 * like the frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV8: KnowledgeSetDir = {
  name: 'eval/knowledge-dev8 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev8Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV8);
}

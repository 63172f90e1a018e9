/**
 * `npm run bench -- --only knowledge-dev7`: a seventh development set (not frozen; tuned on), an
 * invented vintage typewriter repair shop's documents and shoppers' paraphrased questions, scored
 * like the frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV7: KnowledgeSetDir = {
  name: 'eval/knowledge-dev7 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev7Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV7);
}

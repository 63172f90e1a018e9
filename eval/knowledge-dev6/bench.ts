/**
 * `npm run bench -- --only knowledge-dev6`: a sixth development set (not frozen; tuned on), an
 * invented kids' swim school and swimwear shop's documents and shoppers' paraphrased questions, scored
 * like the frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV6: KnowledgeSetDir = {
  name: 'eval/knowledge-dev6 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev6Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV6);
}

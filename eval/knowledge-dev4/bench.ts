/**
 * `npm run bench -- --only knowledge-dev4`: a fourth development set (not frozen; tuned on), an
 * invented home sauna and cold plunge shop's documents and shoppers' paraphrased questions, scored
 * like the frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV4: KnowledgeSetDir = {
  name: 'eval/knowledge-dev4 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev4Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV4);
}

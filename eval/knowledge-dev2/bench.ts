/**
 * `npm run bench -- --only knowledge-dev2`: a second development set (not frozen; tuned on), an
 * invented bridal shop's documents and shoppers' questions, scored like the frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV2: KnowledgeSetDir = {
  name: 'eval/knowledge-dev2 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev2Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV2);
}

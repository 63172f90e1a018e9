/**
 * `npm run bench -- --only knowledge-dev3`: a third development set (not frozen; tuned on), an
 * invented campervan rental and outfitter's documents and shoppers' questions, scored like the
 * frozen sets.
 */
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, runKnowledgeBench } from '../knowledge/bench.ts';

export const KNOWLEDGE_DEV3: KnowledgeSetDir = {
  name: 'eval/knowledge-dev3 (development, tuned on)',
  dir: import.meta.dirname,
};

export function runKnowledgeDev3Bench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, KNOWLEDGE_DEV3);
}

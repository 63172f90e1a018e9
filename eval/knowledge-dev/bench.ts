/**
 * `npm run bench -- --only knowledge-dev`: a development set of paraphrased questions over the
 * spent first set's grocery documents (not frozen; tuned on), scored like the frozen sets.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { runKnowledgeBench } from '../knowledge/bench.ts';

const DEV_SET = {
  name: 'eval/knowledge-dev (development, tuned on)',
  dir: dirname(fileURLToPath(import.meta.url)),
};

export function runKnowledgeDevBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runKnowledgeBench({ ...opts, quick: true }, DEV_SET);
}

/** Worker entry: builds one catalog LM off the main thread (corpus, ARPA, dictionaries, g2p). */
import { parentPort, workerData } from 'node:worker_threads';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { type BuildOptions, buildCatalogLm } from './builder.ts';

const { vocabulary, options } = workerData as {
  vocabulary: CatalogVocabulary;
  options: Omit<BuildOptions, 'signal'>;
};
try {
  parentPort?.postMessage({ ok: true, files: await buildCatalogLm(vocabulary, options) });
} catch (err) {
  parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}

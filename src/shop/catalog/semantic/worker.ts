/** Worker entry: builds one catalog's WordNet slice (relations.ts) off the event loop. */
import { parentPort, workerData } from 'node:worker_threads';
import { WordNet } from '../../../lang/wordnet.ts';
import { buildSlice, type SliceInput, type SliceOptions } from './relations.ts';

const { input, options } = workerData as { input: SliceInput; options: SliceOptions };
try {
  const slice = buildSlice(new WordNet(), input, options);
  parentPort!.postMessage({ ok: true, entries: [...slice] });
} catch (err) {
  parentPort!.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}

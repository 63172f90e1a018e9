/**
 * Runs the catalog LM build in a worker thread (it parses the 134k-entry cmudict and scores the
 * generic LM's vocabulary: too slow for the event loop). Abort terminates the worker.
 */

import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { runInWorker, WorkerRunError } from '../../../threads/run-once.ts';
import { ServiceError } from '../../service-base.ts';
import type { BuildOptions, CatalogLmFiles } from './builder.ts';

export async function buildCatalogLmInWorker(
  vocabulary: CatalogVocabulary,
  options: Omit<BuildOptions, 'signal'>,
  signal?: AbortSignal,
): Promise<CatalogLmFiles> {
  signal?.throwIfAborted();
  try {
    const { files } = await runInWorker<{ ok: true; files: CatalogLmFiles }>(
      new URL('./build-worker.ts', import.meta.url),
      { vocabulary, options },
      signal ? { signal } : {},
    );
    return files;
  } catch (err) {
    if (err instanceof WorkerRunError && err.end === 'aborted')
      throw new ServiceError('catalog LM build aborted', {
        kind: 'aborted',
        provider: 'pocketsphinx',
        cause: signal?.reason,
      });
    throw new ServiceError(
      err instanceof WorkerRunError && err.end === 'failed'
        ? `catalog LM build failed: ${err.message}`
        : `catalog LM build worker ${(err as Error).message}`,
      { kind: 'engine', provider: 'pocketsphinx', retryable: false, cause: err },
    );
  }
}

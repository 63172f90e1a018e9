/**
 * Runs the catalog LM build in a worker thread (it parses the 134k-entry cmudict and scores the
 * generic LM's vocabulary: too slow for the event loop). Abort terminates the worker.
 */
import { Worker } from 'node:worker_threads';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { ServiceError } from '../../service-base.ts';
import type { BuildOptions, CatalogLmFiles } from './builder.ts';

export function buildCatalogLmInWorker(
  vocabulary: CatalogVocabulary,
  options: Omit<BuildOptions, 'signal'>,
  signal?: AbortSignal,
): Promise<CatalogLmFiles> {
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
      workerData: { vocabulary, options },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () =>
      finish(() =>
        reject(
          new ServiceError('catalog LM build aborted', {
            kind: 'aborted',
            provider: 'pocketsphinx',
            cause: signal?.reason,
          }),
        ),
      );
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (msg: { ok: true; files: CatalogLmFiles } | { ok: false; message: string }) =>
      finish(() =>
        msg.ok
          ? resolve(msg.files)
          : reject(
              new ServiceError(`catalog LM build failed: ${msg.message}`, {
                kind: 'engine',
                provider: 'pocketsphinx',
                retryable: false,
              }),
            ),
      ),
    );
    worker.once('error', (err) =>
      finish(() =>
        reject(
          new ServiceError(`catalog LM build crashed: ${err.message}`, {
            kind: 'engine',
            provider: 'pocketsphinx',
            cause: err,
          }),
        ),
      ),
    );
    worker.once('exit', (code) =>
      finish(() =>
        reject(
          new ServiceError(`catalog LM build worker exited (${code})`, {
            kind: 'engine',
            provider: 'pocketsphinx',
          }),
        ),
      ),
    );
  });
}

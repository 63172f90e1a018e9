/**
 * The offline dialogue engine's worker threads (DIALOGUE_THREADS): the model's `decide` runs here
 * instead of on the event loop, which paces every session's outgoing audio. Each catalog
 * vocabulary gets an id on first use; a worker that lacks it answers `missing` and the task is sent
 * once more with the data, so a vocabulary crosses to a worker about once per catalog version, not
 * with every step.
 */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { Piscina } from 'piscina';
import type { CatalogVocabulary, Language } from '../../contract.ts';
import type { EngineResult, VocabularySource } from '../engine.ts';
import type { DecideAnswer, DecideTask, PingTask } from './protocol.ts';

const WORKER_FILE = new URL('./engine-worker.ts', import.meta.url);

export class DialogueWorkerError extends Error {
  override name = 'DialogueWorkerError';
}

export interface PooledDecision {
  prompt: LanguageModelV4Prompt;
  tools?: ReadonlySet<string>;
  vocabulary: VocabularySource;
  defaultLanguage?: Language;
  maxSteps?: number;
  apertium: boolean;
  signal?: AbortSignal;
}

function aborted(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

export class DialogueWorkers {
  readonly #threads: number;
  /** Started on the first step: a model built and never asked (config checks, tests) starts no thread. */
  #pool: Piscina<DecideTask | PingTask, DecideAnswer> | undefined;
  readonly #ids = new WeakMap<CatalogVocabulary, number>();
  #nextId = 1;
  #closed = false;
  /** Vocabularies posted to a worker (each crosses once per worker and catalog version). */
  vocabulariesSent = 0;

  constructor(threads: number) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new DialogueWorkerError(
        `DIALOGUE_THREADS must be a whole number ≥ 1 for a pool (got ${threads})`,
      );
    this.#threads = threads;
  }

  /** Worker threads alive (tests check close() leaves none). */
  get threads(): number {
    return this.#pool?.threads.length ?? 0;
  }

  #started(): Piscina<DecideTask | PingTask, DecideAnswer> {
    this.#pool ??= new Piscina<DecideTask | PingTask, DecideAnswer>({
      filename: WORKER_FILE.href,
      minThreads: this.#threads,
      maxThreads: this.#threads,
      idleTimeout: 2 ** 31 - 1,
      // Steps are milliseconds long and arrive a few per second: no busy-waiting between them.
      atomics: 'disabled',
    });
    return this.#pool;
  }

  /**
   * One engine step in a worker. An abort rejects at once; a step already running finishes in its
   * worker and its answer is dropped (terminating the worker would cost a re-warm for a few ms saved).
   */
  async decide(req: PooledDecision): Promise<EngineResult> {
    if (this.#closed) throw new DialogueWorkerError('the dialogue engine workers are closed');
    if (req.signal?.aborted) throw aborted(req.signal);
    const [en, es] = await Promise.all([req.vocabulary('en'), req.vocabulary('es')]);
    const task: DecideTask = {
      prompt: req.prompt,
      vocabularies: { en: { id: this.#idOf(en) }, es: { id: this.#idOf(es) } },
      apertium: req.apertium,
      ...(req.tools ? { tools: [...req.tools] } : {}),
      ...(req.defaultLanguage ? { defaultLanguage: req.defaultLanguage } : {}),
      ...(req.maxSteps ? { maxSteps: req.maxSteps } : {}),
    };
    let answer = await this.#run(task, req.signal);
    if (answer.kind === 'missing') {
      // Both go: the retry may land on another worker, which may lack either.
      this.vocabulariesSent += 2;
      task.vocabularies = {
        en: { id: task.vocabularies.en.id, data: en },
        es: { id: task.vocabularies.es.id, data: es },
      };
      answer = await this.#run(task, req.signal);
    }
    if (answer.kind !== 'result')
      throw new DialogueWorkerError('a dialogue worker dropped the catalog vocabulary it was just sent');
    return answer.result;
  }

  /**
   * Starts every thread and waits until each has loaded the engine (about a second each, several
   * under load), so the first session's greeting does not wait for it.
   */
  async warmup(): Promise<void> {
    if (this.#closed) throw new DialogueWorkerError('the dialogue engine workers are closed');
    const pool = this.#started();
    await Promise.all(Array.from({ length: this.#threads }, () => pool.run({ ping: true })));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool?.destroy();
  }

  #idOf(vocabulary: CatalogVocabulary): number {
    let id = this.#ids.get(vocabulary);
    if (id === undefined) {
      id = this.#nextId++;
      this.#ids.set(vocabulary, id);
    }
    return id;
  }

  async #run(task: DecideTask | PingTask, signal: AbortSignal | undefined): Promise<DecideAnswer> {
    if (signal?.aborted) throw aborted(signal);
    const run = this.#started()
      .run(task)
      .catch((err: unknown) => {
        throw new DialogueWorkerError(`the dialogue engine worker failed: ${(err as Error).message}`, {
          cause: err,
        });
      });
    if (!signal) return run;
    return new Promise<DecideAnswer>((resolve, reject) => {
      const onAbort = () => reject(aborted(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      run.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}

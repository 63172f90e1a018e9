/**
 * The pocketsphinx STT provider: streaming decoders in a worker pool, with the language model
 * chosen by `LmProvider` (catalog / mixed / generic) and swappable at runtime when the catalog
 * changes (new utterances pick up the new model at their boundary).
 */
import type { Clock } from '../../../pipeline/clock.ts';
import { ServiceBase, ServiceError, type ServiceOptions } from '../../service-base.ts';
import type { SttAudioSource, SttCapabilities, SttService, SttStream, SttStreamOptions } from '../types.ts';
import { checkModelDir, loadPocketsphinx } from './ffi.ts';
import { DecoderPool } from './pool.ts';
import type { DecoderSpec } from './protocol.ts';
import { type PhoneSetup, phoneSpec } from './specs.ts';
import { PocketsphinxStream, type StreamHost } from './stream.ts';

export interface PocketsphinxSttInit {
  /** Directory with en-us/ (acoustic model), cmudict-en-us.dict and en-us.lm.bin. */
  modelDir: string;
  /** Decoder spec for new utterances; replace it with `setSpec` after an LM rebuild. */
  spec: DecoderSpec;
  /** Label for metrics ("catalog-mixed-0.9"). */
  model: string;
  workers: number;
  partialIntervalMs?: number;
  maxIdleDecodersPerWorker?: number;
  /** See DecoderPoolOptions.progressEverySamples. */
  progressEverySamples?: number;
  /** How phone sessions (openStream `audioSource: 'phone'`) decode; absent: like any other session. */
  phone?: PhoneSetup;
  /** A pool to use instead of building one from the options above (tests: a worker that never answers). */
  pool?: DecoderPool;
  options?: Partial<ServiceOptions>;
  clock?: Clock;
}

/** Throws a typed `missing-dependency` error naming the apt packages when pocketsphinx is absent. */
export function assertPocketsphinxAvailable(modelDir: string): void {
  loadPocketsphinx();
  checkModelDir(modelDir);
}

export class PocketsphinxSttService extends ServiceBase implements SttService {
  readonly capabilities: SttCapabilities = { streaming: true, interimResults: true };
  readonly pool: DecoderPool;
  #spec: DecoderSpec;
  #model: string;
  readonly #phone: PhoneSetup | undefined;
  /** The phone variant of each spec, made once so a stream sees the same object until the LM changes. */
  readonly #phoneSpecs = new WeakMap<DecoderSpec, DecoderSpec>();
  #nextStream = 1;
  #streams = new Set<PocketsphinxStream>();
  #closed = false;
  readonly #host: StreamHost;

  constructor(init: PocketsphinxSttInit) {
    super({
      provider: 'pocketsphinx',
      model: init.model,
      ...(init.options ? { options: init.options } : {}),
      ...(init.clock ? { clock: init.clock } : {}),
    });
    assertPocketsphinxAvailable(init.modelDir);
    this.#spec = init.spec;
    this.#model = init.model;
    this.#phone = init.phone;
    this.pool =
      init.pool ??
      new DecoderPool({
        size: init.workers,
        partialEverySamples: Math.round(((init.partialIntervalMs ?? 200) / 1000) * 16_000),
        maxIdleDecoders: init.maxIdleDecodersPerWorker ?? 2,
        ...(init.progressEverySamples === undefined
          ? {}
          : { progressEverySamples: init.progressEverySamples }),
      });
    const self = this;
    this.#host = {
      pool: this.pool,
      clock: this.clock,
      get finalizeTimeoutMs() {
        return self.options.timeoutMs;
      },
      currentSpec: (source) => this.specFor(source),
    };
  }

  get currentModel(): string {
    return this.#model;
  }

  get workerCount(): number {
    return this.pool.workerCount;
  }

  get openStreams(): number {
    return this.#streams.size;
  }

  /** The spec a session whose audio comes from `source` decodes with now. */
  specFor(source: SttAudioSource): DecoderSpec {
    const spec = this.#spec;
    if (source !== 'phone' || !this.#phone) return spec;
    let phone = this.#phoneSpecs.get(spec);
    if (!phone) {
      phone = phoneSpec(spec, this.#phone);
      this.#phoneSpecs.set(spec, phone);
    }
    return phone;
  }

  /** Switches new utterances to another decoder spec (after a catalog LM rebuild). */
  setSpec(spec: DecoderSpec, model: string): void {
    this.#spec = spec;
    this.#model = model;
  }

  /** Starts the workers and initialises one decoder per worker so the first session starts warm. */
  async warmup(): Promise<void> {
    await this.pool.warmup();
    const streams = await Promise.all(Array.from({ length: this.pool.workerCount }, () => this.openStream()));
    await Promise.all(streams.map((s) => s.close()));
  }

  async openStream(opts: SttStreamOptions = {}): Promise<SttStream> {
    if (this.#closed)
      throw new ServiceError('the STT service is closed', { kind: 'internal', provider: this.provider });
    if (opts.language && !opts.language.toLowerCase().startsWith('en')) {
      throw new ServiceError(
        `pocketsphinx only has an English model; language "${opts.language}" needs a cloud STT provider (set STT_PROVIDER)`,
        { kind: 'config', provider: this.provider, retryable: false },
      );
    }
    if (opts.signal?.aborted) {
      throw new ServiceError('STT stream aborted before it opened', {
        kind: 'aborted',
        provider: this.provider,
        cause: opts.signal.reason,
      });
    }
    const stream: PocketsphinxStream = new PocketsphinxStream(
      this.#nextStream++,
      this.#host,
      opts.signal,
      () => this.#streams.delete(stream),
      opts.audioSource,
    );
    this.#streams.add(stream);
    try {
      await stream.prepare();
    } catch (err) {
      await stream.close();
      throw err;
    }
    return stream;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#streams].map((s) => s.close()));
    await this.pool.close();
  }
}

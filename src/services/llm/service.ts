/**
 * Builds the language model chosen by configuration from the provider list (providers/). Provider
 * packages load lazily so an offline deployment never pays for (or needs credentials of) a cloud
 * SDK; the offline shop dialogue engine is one more entry in the same list.
 */
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { FailoverConfig } from '../failover-config.ts';
import { ProviderHealth } from '../health.ts';
import { type LlmModel, streamLlm } from './adapter.ts';
import { LLM_PROVIDERS, type LlmConfig, type LlmProviderName } from './config.ts';
import { LlmConfigError, LlmError } from './errors.ts';
import { FailoverLanguageModel, failoverBudget } from './failover.ts';
import { type LlmProviderDeps, opt } from './provider.ts';
import { LLM_PROVIDER_LIST } from './providers/index.ts';

export type { LlmProviderDeps as LlmModelDeps } from './provider.ts';

const log = childLogger({ component: 'llm' });

/** A ready model plus the call settings that come with it. */
export interface LlmService {
  provider: LlmProviderName;
  modelId: string;
  model: LlmModel;
  config: LlmConfig;
  /** With several providers (LLM_PROVIDER=a,b): their health, for /readyz and the console. */
  health?: ProviderHealth;
  /** Readies what the model runs on (the offline engine's worker threads) before the first call. */
  warmup?(): Promise<void>;
  /** Releases what the model holds (the offline engine's worker threads). */
  close?(): Promise<void>;
}

export interface LlmServiceDeps extends LlmProviderDeps {
  clock?: Clock;
  failover?: Partial<FailoverConfig>;
}

export async function createLlmService(config: LlmConfig, deps: LlmServiceDeps = {}): Promise<LlmService> {
  if (config.fallbacks?.length) return createFailoverLlm(config, deps);
  const provider = LLM_PROVIDER_LIST.find((p) => p.name === config.provider);
  if (!provider)
    throw new LlmConfigError(
      `unknown LLM_PROVIDER "${config.provider}"; available: ${LLM_PROVIDERS.join(', ')}`,
    );
  const model = await provider.create(config, deps);
  const held = model as LlmModel & { warmup?: () => Promise<void>; close?: () => Promise<void> };
  return {
    provider: provider.name,
    modelId: config.model,
    model,
    config,
    ...(typeof held.warmup === 'function' ? { warmup: () => held.warmup!() } : {}),
    ...(typeof held.close === 'function' ? { close: () => held.close!() } : {}),
  };
}

/** Each listed provider built on its own settings, behind one FailoverLanguageModel. */
async function createFailoverLlm(config: LlmConfig, deps: LlmServiceDeps): Promise<LlmService> {
  const { fallbacks = [], ...first } = config;
  const built: LlmService[] = [];
  let firstError: unknown;
  for (const own of [first, ...fallbacks]) {
    try {
      built.push(await createLlmService(own, deps));
    } catch (err) {
      firstError ??= err;
      log.error({ err, provider: own.provider }, 'LLM provider unavailable; left out of the failover list');
    }
  }
  if (built.length === 0) throw firstError;
  const f = deps.failover ?? {};
  const health = new ProviderHealth(
    'llm',
    built.map((service) => ({
      name: service.provider,
      probe: async (signal) => {
        await probeLlm(service, { signal, ...opt('clock', deps.clock) });
      },
    })),
    {
      ...opt('clock', deps.clock),
      ...opt('probeIntervalMs', f.PROVIDER_PROBE_INTERVAL_MS),
      ...opt('maxProbeIntervalMs', f.PROVIDER_PROBE_MAX_INTERVAL_MS),
      ...opt('probeTimeoutMs', f.PROVIDER_PROBE_TIMEOUT_MS),
    },
  );
  const model = new FailoverLanguageModel(
    built.map((b) => b.model),
    {
      health,
      firstChunkTimeoutMs: config.firstChunkTimeoutMs,
      chunkTimeoutMs: config.chunkTimeoutMs,
      ...opt('clock', deps.clock),
    },
  );
  const head = built[0] as LlmService;
  return {
    provider: head.provider,
    modelId: config.model,
    model,
    // The tool loop's watchdogs wait for the whole list; each provider keeps its own timeouts inside.
    config: { ...config, ...failoverBudget(built.length, config.firstChunkTimeoutMs, config.chunkTimeoutMs) },
    health,
    warmup: async () => {
      await Promise.all(built.map((b) => b.warmup?.()));
    },
    close: async () => {
      await Promise.allSettled(built.map((b) => b.close?.()));
    },
  };
}

export interface ProbeResult {
  ttftMs: number | null;
  text: string;
}

/**
 * One tiny real call (no tools, few tokens, no retries) bounded by the first-chunk timeout:
 * proves key, model and reachability at start. Throws a typed LlmError; never hangs.
 */
export async function probeLlm(
  service: LlmService,
  opts: { signal?: AbortSignal; clock?: Clock; timeoutMs?: number } = {},
): Promise<ProbeResult> {
  let text = '';
  let ttftMs: number | null = null;
  for await (const ev of streamLlm({
    model: service.model,
    provider: service.provider,
    instructions: 'You are a health check. Reply with the single word OK.',
    messages: [{ role: 'user', content: 'ping' }],
    tools: [],
    maxOutputTokens: 16,
    maxRetries: 0,
    firstChunkTimeoutMs: opts.timeoutMs ?? service.config.firstChunkTimeoutMs,
    chunkTimeoutMs: opts.timeoutMs ?? service.config.chunkTimeoutMs,
    ...opt('abortSignal', opts.signal),
    ...opt('clock', opts.clock),
  })) {
    if (ev.type === 'text') text += ev.text;
    if (ev.type === 'finish') ttftMs = ev.ttftMs;
  }
  return { ttftMs, text };
}

/**
 * Start-up path: build the model from the validated config, and (unless `probe: false`) make one tiny call,
 * so a missing key, a wrong model or an unreachable server stops the start with one clear message.
 */
export async function initLlm(opts: {
  config: LlmConfig;
  deps?: LlmServiceDeps;
  probe?: boolean;
  signal?: AbortSignal;
  clock?: Clock;
}): Promise<LlmService & { probe?: ProbeResult }> {
  const { config } = opts;
  const service = await createLlmService(config, opts.deps);
  // What the model runs on is readied first: the probe's first-chunk timeout is for answering.
  await service.warmup?.();
  if (opts.probe === false) return service;
  try {
    const probe = await probeLlm(service, {
      ...opt('signal', opts.signal),
      ...opt('clock', opts.clock),
    });
    return { ...service, probe };
  } catch (err) {
    // What the model started (the offline engine's threads) must not outlive a failed start.
    await service.close?.().catch(() => undefined);
    const e = err as LlmError;
    throw new LlmError(
      `LLM_PROVIDER=${config.provider} (model ${config.model}) is not usable: ${e.message}`,
      {
        kind: e.kind ?? 'internal',
        provider: config.provider,
        retryable: e.retryable ?? false,
        cause: err,
        ...(e.status === undefined ? {} : { status: e.status }),
      },
    );
  }
}

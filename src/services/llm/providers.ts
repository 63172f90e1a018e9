/**
 * Builds the language model chosen by configuration. Provider packages load lazily so an
 * offline deployment never pays for (or needs credentials of) a cloud SDK. The offline shop
 * dialogue engine is one more entry in the same map: it goes through the same adapter,
 * tool loop and frames as any cloud model.
 */
import type { Clock } from '../../pipeline/clock.ts';
import { type LlmModel, streamLlm } from './adapter.ts';
import { checkLlmConfig, type LlmConfig, type LlmProviderName } from './config.ts';
import { LlmConfigError, LlmError } from './errors.ts';

/** Whatever the offline engine needs (catalog vocabulary, shop services); passed through untouched. */
export interface LlmModelDeps {
  offline?: unknown;
}

export type LlmModelFactory = (config: LlmConfig, deps: LlmModelDeps) => Promise<LlmModel>;

/**
 * The offline engine's module and export. The dialogue engine exports
 * `createDialogueModel(deps) → LanguageModelV4` from this file; it is loaded only when chosen.
 */
export const OFFLINE_ENGINE = {
  module: '../../shop/dialogue/model.ts',
  exportName: 'createDialogueModel',
};

async function loadOfflineModel(_config: LlmConfig, deps: LlmModelDeps): Promise<LlmModel> {
  const url = new URL(OFFLINE_ENGINE.module, import.meta.url).href;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (err) {
    throw new LlmConfigError(
      `LLM_PROVIDER=offline: the shop dialogue engine could not be loaded from src/shop/dialogue (${(err as Error).message}); pick a cloud LLM_PROVIDER or install the engine`,
    );
  }
  const factory = mod[OFFLINE_ENGINE.exportName];
  if (typeof factory !== 'function') {
    throw new LlmConfigError(
      `LLM_PROVIDER=offline: src/shop/dialogue/model.ts does not export ${OFFLINE_ENGINE.exportName}(deps)`,
    );
  }
  try {
    return (await factory(deps.offline)) as LlmModel;
  } catch (err) {
    throw new LlmConfigError(`LLM_PROVIDER=offline: ${(err as Error).message}`);
  }
}

const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

export const LLM_MODEL_FACTORIES: Record<LlmProviderName, LlmModelFactory> = {
  offline: loadOfflineModel,
  async openai(c) {
    const { createOpenAI } = await import('@ai-sdk/openai');
    return createOpenAI({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
  async anthropic(c) {
    const { createAnthropic } = await import('@ai-sdk/anthropic');
    return createAnthropic({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
  async google(c) {
    const { createGoogleGenerativeAI } = await import('@ai-sdk/google');
    return createGoogleGenerativeAI({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
  async groq(c) {
    const { createGroq } = await import('@ai-sdk/groq');
    return createGroq({ ...opt('apiKey', c.apiKey), ...opt('baseURL', c.baseURL) })(c.model);
  },
  async openrouter(c) {
    const { createOpenRouter } = await import('@openrouter/ai-sdk-provider');
    return createOpenRouter({
      ...opt('apiKey', c.apiKey),
      ...opt('baseURL', c.baseURL),
      compatibility: 'strict',
    }).chat(c.model) as LlmModel;
  },
  async bedrock(c) {
    const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock');
    const b = c.bedrock;
    return createAmazonBedrock({
      ...opt('region', b?.region),
      ...opt('accessKeyId', b?.accessKeyId),
      ...opt('secretAccessKey', b?.secretAccessKey),
      ...opt('sessionToken', b?.sessionToken),
      ...opt('apiKey', b?.apiKey),
      ...opt('baseURL', c.baseURL),
    })(c.model);
  },
  async 'openai-compatible'(c) {
    const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible');
    if (!c.baseURL) throw new LlmConfigError('LLM_PROVIDER=openai-compatible needs LLM_BASE_URL');
    return createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: c.baseURL,
      ...opt('apiKey', c.apiKey),
      includeUsage: true,
    }).chatModel(c.model);
  },
};

/** A ready model plus the call settings that come with it. */
export interface LlmService {
  provider: LlmProviderName;
  modelId: string;
  model: LlmModel;
  config: LlmConfig;
}

export async function createLlmService(config: LlmConfig, deps: LlmModelDeps = {}): Promise<LlmService> {
  const model = await LLM_MODEL_FACTORIES[config.provider](config, deps);
  return { provider: config.provider, modelId: config.model, model, config };
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
 * Start-up path: validate env, build the model, and (unless `probe: false`) make one tiny call,
 * so a missing key, a wrong model or an unreachable server stops the start with one clear message.
 */
export async function initLlm(
  opts: {
    env?: Record<string, string | undefined>;
    deps?: LlmModelDeps;
    probe?: boolean;
    signal?: AbortSignal;
    clock?: Clock;
  } = {},
): Promise<LlmService & { probe?: ProbeResult }> {
  const config = checkLlmConfig(opts.env);
  const service = await createLlmService(config, opts.deps);
  if (opts.probe === false) return service;
  try {
    const probe = await probeLlm(service, {
      ...opt('signal', opts.signal),
      ...opt('clock', opts.clock),
    });
    return { ...service, probe };
  } catch (err) {
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

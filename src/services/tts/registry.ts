/**
 * Chooses the TTS provider from configuration. A new provider (ElevenLabs, OpenAI,
 * Deepgram…) is one file implementing TtsService plus one `registerTtsProvider()` call; it
 * reads its own credentials from the environment it is given.
 */
import { childLogger } from '../../log/logger.ts';
import { isServiceError, ServiceError } from '../service-base.ts';
import { createCartesiaTts } from './cartesia.ts';
import { CliTtsService, cliBinaries } from './cli-tts.ts';
import type { TtsConfig } from './config.ts';
import { createElevenLabsTts } from './elevenlabs.ts';
import { OfflineTtsService } from './offline-tts.ts';
import { createOpenAiTts } from './openai.ts';
import type { TtsDeps, TtsService } from './types.ts';

export interface TtsFactoryDeps extends TtsDeps {
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** Builds and warms a provider; throws a ServiceError when it cannot run. */
export type TtsProviderFactory = (config: TtsConfig, deps: TtsFactoryDeps) => Promise<TtsService>;

const log = childLogger({ component: 'tts' });
const providers = new Map<string, TtsProviderFactory>();

export function registerTtsProvider(name: string, factory: TtsProviderFactory): void {
  providers.set(name.toLowerCase(), factory);
}

export function ttsProviderNames(): string[] {
  return [...providers.keys()];
}

async function createCli(config: TtsConfig, deps: TtsFactoryDeps): Promise<TtsService> {
  const tts = new CliTtsService(
    { voices: { en: config.voiceEn, es: config.voiceEs }, speed: config.speed, timeoutMs: config.timeoutMs },
    deps,
  );
  await tts.warmup();
  return tts;
}

async function createOffline(config: TtsConfig, deps: TtsFactoryDeps): Promise<TtsService> {
  const tts = new OfflineTtsService(
    {
      workers: config.workers,
      voices: { en: config.voiceEn, es: config.voiceEs },
      speed: config.speed,
      service: { timeoutMs: config.timeoutMs },
    },
    deps,
  );
  try {
    await tts.warmup(deps.signal);
    return tts;
  } catch (err) {
    await tts.close();
    if (isServiceError(err) && err.kind === 'aborted') throw err;
    const bins = cliBinaries();
    if (!bins.sox || !bins.espeak) throw err;
    log.warn(
      { err },
      'offline WASM TTS failed to start; falling back to the Debian flite/espeak-ng binaries',
    );
    return createCli(config, deps);
  }
}

registerTtsProvider('offline', createOffline);
registerTtsProvider('cli', createCli);
registerTtsProvider('openai', createOpenAiTts);
registerTtsProvider('elevenlabs', createElevenLabsTts);
registerTtsProvider('cartesia', createCartesiaTts);

/** Creates the configured provider, warmed up and ready. */
export async function createTtsService(config: TtsConfig, deps: TtsFactoryDeps = {}): Promise<TtsService> {
  const factory = providers.get(config.provider.toLowerCase());
  if (!factory) {
    throw new ServiceError(
      `Unknown TTS_PROVIDER "${config.provider}"; available: ${ttsProviderNames().join(', ')}`,
      { kind: 'config', provider: config.provider },
    );
  }
  return factory(config, deps);
}

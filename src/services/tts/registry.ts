/**
 * Creates the configured TTS provider from the provider list (providers/index.ts). A provider
 * receives typed config: the shared TTS_* settings plus its own variables as `options`.
 */
import { ServiceError } from '../service-base.ts';
import type { TtsConfig } from './config.ts';
import type { TtsFactoryDeps, TtsProvider } from './provider.ts';
import { TTS_PROVIDER_LIST } from './providers/index.ts';
import type { TtsService } from './types.ts';

export type { TtsFactoryDeps } from './provider.ts';

export function ttsProviderNames(providers: readonly TtsProvider[] = TTS_PROVIDER_LIST): string[] {
  return providers.map((p) => p.name);
}

/** Creates the configured provider, warmed up and ready. */
export async function createTtsService(
  config: TtsConfig,
  deps: TtsFactoryDeps = {},
  providers: readonly TtsProvider[] = TTS_PROVIDER_LIST,
): Promise<TtsService> {
  const provider = providers.find((p) => p.name === config.provider.toLowerCase());
  if (!provider) {
    throw new ServiceError(
      `Unknown TTS_PROVIDER "${config.provider}"; available: ${ttsProviderNames(providers).join(', ')}`,
      { kind: 'config', provider: config.provider },
    );
  }
  return provider.create(config, deps);
}

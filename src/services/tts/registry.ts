/**
 * Creates the configured TTS provider from the provider list (providers/index.ts). A provider
 * receives typed config: the shared TTS_* settings plus its own variables as `options`. Several
 * providers (TTS_PROVIDER=a,b) are each built and wrapped in a FailoverTtsService (failover.ts).
 */
import { childLogger } from '../../log/logger.ts';
import { ProviderHealth } from '../health.ts';
import { ServiceError } from '../service-base.ts';
import type { TtsConfig } from './config.ts';
import { FailoverTtsService } from './failover.ts';
import type { TtsFactoryDeps, TtsProvider } from './provider.ts';
import { TTS_PROVIDER_LIST } from './providers/index.ts';
import type { TtsService } from './types.ts';

export type { TtsFactoryDeps } from './provider.ts';

const log = childLogger({ component: 'tts' });

export function ttsProviderNames(providers: readonly TtsProvider[] = TTS_PROVIDER_LIST): string[] {
  return providers.map((p) => p.name);
}

function find(name: string, providers: readonly TtsProvider[]): TtsProvider {
  const provider = providers.find((p) => p.name === name.toLowerCase());
  if (!provider) {
    throw new ServiceError(
      `Unknown TTS_PROVIDER "${name}"; available: ${ttsProviderNames(providers).join(', ')}`,
      { kind: 'config', provider: name },
    );
  }
  return provider;
}

/** Creates the configured provider (or failover list), warmed up and ready. */
export async function createTtsService(
  config: TtsConfig,
  deps: TtsFactoryDeps = {},
  providers: readonly TtsProvider[] = TTS_PROVIDER_LIST,
): Promise<TtsService> {
  const first = find(config.provider, providers);
  if (!config.fallbacks?.length) return first.create(config, deps);

  const chosen = [
    { provider: first, config },
    ...config.fallbacks.map((f) => ({ provider: find(f.provider, providers), config: { ...config, ...f } })),
  ];
  const built: { name: string; service: TtsService }[] = [];
  let firstError: unknown;
  for (const { provider, config: own } of chosen) {
    try {
      built.push({ name: provider.name, service: await provider.create(own, deps) });
    } catch (err) {
      // Left out loudly: the others still speak.
      firstError ??= err;
      log.error({ err, provider: provider.name }, 'TTS provider unavailable; left out of the failover list');
    }
  }
  if (built.length === 0) throw firstError;
  const f = deps.failover ?? {};
  const health = new ProviderHealth(
    'tts',
    built.map(({ name, service }) => ({
      name,
      // A real word, drained: proves the provider answers with audio, not just that it is reachable.
      probe: async (signal) => {
        let samples = 0;
        for await (const chunk of service.synthesize('OK.', { language: 'en', sampleRate: 16_000, signal }))
          samples += chunk.length;
        if (samples === 0) throw new Error(`${name} returned no audio`);
      },
    })),
    {
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(f.PROVIDER_PROBE_INTERVAL_MS ? { probeIntervalMs: f.PROVIDER_PROBE_INTERVAL_MS } : {}),
      ...(f.PROVIDER_PROBE_MAX_INTERVAL_MS ? { maxProbeIntervalMs: f.PROVIDER_PROBE_MAX_INTERVAL_MS } : {}),
      ...(f.PROVIDER_PROBE_TIMEOUT_MS ? { probeTimeoutMs: f.PROVIDER_PROBE_TIMEOUT_MS } : {}),
    },
  );
  return new FailoverTtsService(
    built.map((b) => b.service),
    {
      health,
      voiceOwner: built[0]?.name === first.name ? 0 : -1,
      ...(f.TTS_FAILOVER_TIMEOUT_MS ? { chunkTimeoutMs: f.TTS_FAILOVER_TIMEOUT_MS } : {}),
      ...(deps.clock ? { clock: deps.clock } : {}),
    },
  );
}

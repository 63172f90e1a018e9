/**
 * Builds the configured STT service from the provider list (providers/index.ts). For
 * pocketsphinx the catalog LM is built (in a worker) before the service is returned, and
 * `rebuild` swaps it when the catalog changes. A list of providers (STT_PROVIDER=a,b) builds
 * each and wraps them in a FailoverSttService (failover.ts) sharing one ProviderHealth.
 */
import { childLogger } from '../../log/logger.ts';
import type { FailoverConfig } from '../failover-config.ts';
import { splitProviders } from '../failover-config.ts';
import { ProviderHealth } from '../health.ts';
import { ServiceError } from '../service-base.ts';
import type { SttConfig } from './config.ts';
import { FailoverSttService } from './failover.ts';
import type { SttDeps, SttProvider, SttSetup } from './provider.ts';
import { STT_PROVIDER_LIST } from './providers/index.ts';

export type { SttDeps, SttSetup } from './provider.ts';

const log = childLogger({ component: 'stt' });

/** Returns null when STT is disabled (typed input only). Throws a typed error when the engine is missing. */
export async function createSttService(
  config: SttConfig,
  deps: SttDeps & { failover?: Partial<FailoverConfig> } = {},
  providers: readonly SttProvider[] = STT_PROVIDER_LIST,
): Promise<SttSetup | null> {
  const names = splitProviders(String(config.STT_PROVIDER));
  const chosen = names.map((name) => {
    const provider = providers.find((p) => p.name === name);
    if (!provider)
      throw new ServiceError(
        `Unknown STT_PROVIDER "${name}"; available: ${providers.map((p) => p.name).join(', ')}`,
        { kind: 'config', provider: name },
      );
    return provider;
  });
  if (chosen.length === 1) return (chosen[0] as SttProvider).create(config, deps);
  return createFailoverStt(chosen, config, deps);
}

async function createFailoverStt(
  chosen: readonly SttProvider[],
  config: SttConfig,
  deps: SttDeps & { failover?: Partial<FailoverConfig> },
): Promise<SttSetup | null> {
  // A provider that cannot even be built (engine missing, no key) is left out, loudly; the
  // others still give the shop speech input.
  const built: { name: string; setup: SttSetup }[] = [];
  let firstError: unknown;
  for (const provider of chosen) {
    try {
      const setup = await provider.create(config, deps);
      if (setup) built.push({ name: provider.name, setup });
    } catch (err) {
      firstError ??= err;
      log.error({ err, provider: provider.name }, 'STT provider unavailable; left out of the failover list');
    }
  }
  if (built.length === 0) {
    if (firstError) throw firstError;
    return null;
  }
  const f = deps.failover ?? {};
  const health = new ProviderHealth(
    'stt',
    built.map(({ name, setup }) => ({
      name,
      // Opening a stream is what a session does first: a socket upgrade, a decoder from the pool.
      probe: async (signal) => {
        const stream = await setup.service.openStream({ signal });
        await stream.close();
      },
    })),
    {
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(f.PROVIDER_PROBE_INTERVAL_MS ? { probeIntervalMs: f.PROVIDER_PROBE_INTERVAL_MS } : {}),
      ...(f.PROVIDER_PROBE_MAX_INTERVAL_MS ? { maxProbeIntervalMs: f.PROVIDER_PROBE_MAX_INTERVAL_MS } : {}),
      ...(f.PROVIDER_PROBE_TIMEOUT_MS ? { probeTimeoutMs: f.PROVIDER_PROBE_TIMEOUT_MS } : {}),
    },
  );
  const service = new FailoverSttService(
    built.map((b) => b.setup.service),
    {
      health,
      ...(f.STT_FAILOVER_TIMEOUT_MS ? { finalizeTimeoutMs: f.STT_FAILOVER_TIMEOUT_MS } : {}),
      ...(deps.clock ? { clock: deps.clock } : {}),
    },
  );
  return {
    service,
    health,
    get lm() {
      return built.find((b) => b.setup.lm)?.setup.lm;
    },
    async rebuild(vocabulary, signal) {
      await Promise.all(built.map((b) => b.setup.rebuild(vocabulary, signal)));
    },
  };
}

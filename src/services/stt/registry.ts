/**
 * Builds the configured STT service from the provider list (providers/index.ts). For
 * pocketsphinx the catalog LM is built (in a worker) before the service is returned, and
 * `rebuild` swaps it when the catalog changes.
 */
import { ServiceError } from '../service-base.ts';
import type { SttConfig } from './config.ts';
import type { SttDeps, SttProvider, SttSetup } from './provider.ts';
import { STT_PROVIDER_LIST } from './providers/index.ts';

export type { SttDeps, SttSetup } from './provider.ts';

/** Returns null when STT is disabled (typed input only). Throws a typed error when the engine is missing. */
export async function createSttService(
  config: SttConfig,
  deps: SttDeps = {},
  providers: readonly SttProvider[] = STT_PROVIDER_LIST,
): Promise<SttSetup | null> {
  const provider = providers.find((p) => p.name === config.STT_PROVIDER);
  if (!provider)
    throw new ServiceError(
      `Unknown STT_PROVIDER "${config.STT_PROVIDER}"; available: ${providers.map((p) => p.name).join(', ')}`,
      { kind: 'config', provider: String(config.STT_PROVIDER) },
    );
  return provider.create(config, deps);
}

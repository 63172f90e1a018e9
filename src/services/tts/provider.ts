/** The shape of a TTS provider; the list in providers/index.ts is the registry. */
import type { z } from 'zod';
import type { TtsConfig } from './config.ts';
import type { TtsDeps, TtsService } from './types.ts';

export interface TtsFactoryDeps extends TtsDeps {
  signal?: AbortSignal;
}

export interface TtsProvider<N extends string = string, S extends z.ZodObject = z.ZodObject> {
  readonly name: N;
  /** The provider's own variables beyond the shared TTS_* ones, validated at start. */
  readonly configSchema: S;
  /** Builds and warms the provider; throws a ServiceError when it cannot run. */
  create(config: TtsConfig<z.output<S>>, deps: TtsFactoryDeps): Promise<TtsService>;
}

export function defineTtsProvider<const N extends string, S extends z.ZodObject>(
  provider: TtsProvider<N, S>,
): TtsProvider<N, S> {
  return provider;
}

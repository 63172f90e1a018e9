/** The shape of a TTS provider; the list in providers/index.ts is the registry. */
import type { z } from 'zod';
import type { TtsDeps, TtsService } from './types.ts';

/** The shared TTS settings plus the chosen provider's own variables (`options`, its configSchema's output). */
export interface TtsConfig<O = Record<string, unknown>> {
  provider: string;
  voiceEn: string;
  voiceEs: string;
  workers: number;
  speed: number;
  timeoutMs: number;
  options: O;
  /** The providers after the first (TTS_PROVIDER=a,b), in failover order, with their own variables. */
  fallbacks?: { provider: string; options: Record<string, unknown> }[];
}

export interface TtsFactoryDeps extends TtsDeps {
  signal?: AbortSignal;
  /** Probe and timeout settings when several providers are listed. */
  failover?: Partial<import('../failover-config.ts').FailoverConfig>;
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

/** The shape of an STT provider; the list in providers/index.ts is the registry. */
import type { z } from 'zod';
import type { Clock } from '../../pipeline/clock.ts';
import type { CatalogVocabulary } from '../../shop/contract.ts';
import type { ProviderHealth } from '../health.ts';
import type { CatalogLmFiles } from './lm/builder.ts';
import type { SttService } from './types.ts';

export interface SttDeps {
  clock?: Clock;
  /** The catalog's words; without it catalog/mixed modes fall back to the generic LM until `rebuild`. */
  vocabulary?: CatalogVocabulary;
  signal?: AbortSignal;
  /** Starts workers and one decoder each before returning (default true). */
  warmup?: boolean;
}

export interface SttSetup {
  service: SttService;
  /** Rebuilds the catalog LM (or keyterms) for a changed catalog; new utterances use it once ready. */
  rebuild(vocabulary: CatalogVocabulary, signal?: AbortSignal): Promise<void>;
  /** The LM files in use (undefined in generic mode and for remote providers). */
  readonly lm: CatalogLmFiles | undefined;
  /** With several providers (STT_PROVIDER=a,b): their health, for /readyz and the console. */
  readonly health?: ProviderHealth;
}

export interface SttProvider<N extends string = string, S extends z.ZodObject = z.ZodObject> {
  readonly name: N;
  /** The provider's own variables, validated at start (shared names must agree between providers). */
  readonly configSchema: S;
  /** Builds the service; null means speech input is off (typed input only). */
  create(config: z.output<S>, deps: SttDeps): Promise<SttSetup | null>;
}

export function defineSttProvider<const N extends string, S extends z.ZodObject>(
  provider: SttProvider<N, S>,
): SttProvider<N, S> {
  return provider;
}

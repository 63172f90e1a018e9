/**
 * The shape of an LLM provider: its name, its own variables and how it builds a model. The
 * list in providers/index.ts is the registry; LLM_PROVIDER's enum derives from it.
 */
import { z } from 'zod';
import type { Clock } from '../../pipeline/clock.ts';
import type { CatalogVocabulary, Language } from '../../shop/contract.ts';
import type { LlmModel } from './adapter.ts';

/** The provider names; kept as a plain string here so provider files need not import the list. */
type LlmProviderName = string;

export interface BedrockCredentials {
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  /** Bedrock API key (bearer token), an alternative to SigV4 credentials. */
  apiKey?: string;
}

export interface LlmConfig {
  provider: LlmProviderName;
  model: string;
  baseURL: string | undefined;
  apiKey: string | undefined;
  bedrock: BedrockCredentials | undefined;
  temperature: number;
  maxOutputTokens: number | undefined;
  maxToolSteps: number;
  maxRetries: number;
  firstChunkTimeoutMs: number;
  chunkTimeoutMs: number;
  historyMaxMessages: number;
  /** The providers after the first (LLM_PROVIDER=a,b), in failover order, each with its own settings. */
  fallbacks?: LlmConfig[];
}

/** What the offline shop dialogue engine needs from the composition root. */
export interface OfflineEngineDeps {
  vocabulary: (language: Language) => CatalogVocabulary;
  clock?: Clock;
  /** DIALOGUE_* settings (`loadConfig().dialogue`); defaults when omitted. */
  config?: import('../../shop/dialogue/config.ts').DialogueEnv;
}

export interface LlmProviderDeps {
  offline?: OfflineEngineDeps;
}

/** Variables every provider shares (LLM_*), as parsed. */
export interface LlmCommonEnv {
  LLM_MODEL?: string | undefined;
  LLM_BASE_URL?: string | undefined;
  LLM_API_KEY?: string | undefined;
}

export interface LlmProvider<N extends string = string, S extends z.ZodObject = z.ZodObject> {
  readonly name: N;
  /** Model used when LLM_MODEL is unset; undefined: LLM_MODEL is required. */
  readonly defaultModel: string | undefined;
  /** The variable holding this provider's key (LLM_API_KEY overrides it); none when keyless. */
  readonly apiKeyVariable?: string;
  /** The provider's own variables beyond LLM_*; validated at start with the rest. */
  readonly configSchema: S;
  /**
   * Cross-checks at start: report each missing variable through `problem`; may return extra
   * typed settings for the config (Bedrock's credentials).
   */
  check?(
    env: z.output<S> & LlmCommonEnv,
    problem: (variable: string, message: string) => void,
  ): Partial<LlmConfig> | undefined;
  create(config: LlmConfig, deps: LlmProviderDeps): Promise<LlmModel>;
}

export function defineLlmProvider<const N extends string, S extends z.ZodObject>(
  provider: LlmProvider<N, S>,
): LlmProvider<N, S> {
  return provider;
}

/** `{key: value}` only when value is defined (provider SDKs reject explicit undefined for some keys). */
export const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** An optional text variable; blank (only spaces) counts as unset, as it always did for the LLM settings. */
export const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().min(1).optional(),
);

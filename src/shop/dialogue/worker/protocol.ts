/**
 * Messages between the dialogue engine's pool (engine-pool.ts) and its worker threads. A task
 * carries the prompt and the ids of the catalog vocabularies it needs; the vocabulary itself
 * (hundreds of KB for a large catalog) travels only to a worker that has not seen that id yet.
 */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { CatalogVocabulary, Language } from '../../contract.ts';
import type { EngineResult } from '../engine.ts';

export interface VocabularyRef {
  id: number;
  /** Sent only when the worker said it does not have this id. */
  data?: CatalogVocabulary;
}

export interface DecideTask {
  prompt: LanguageModelV4Prompt;
  /** Tool names offered; absent: every tool. */
  tools?: string[];
  vocabularies: Record<Language, VocabularyRef>;
  defaultLanguage?: Language;
  maxSteps?: number;
  /** Spanish second readings and catalog words from Apertium (the in-process defaults). */
  apertium: boolean;
}

/** Sent by warmup(): answered once the worker has loaded the engine. */
export interface PingTask {
  ping: true;
}

export type DecideAnswer =
  | { kind: 'result'; result: EngineResult }
  /** The worker does not hold these vocabulary ids: send the task again with their data. */
  | { kind: 'missing'; ids: number[] }
  | { kind: 'pong' };

/**
 * piscina worker: runs the offline dialogue engine off the event loop. One engine step takes
 * 1–100 ms of pure CPU (more with long histories and large catalogs); on the main thread that
 * stalled every other session's paced audio. Tasks are stateless apart from the catalog
 * vocabularies the worker keeps by id (a few, most recent first), so any worker serves any
 * session and a crashed one is simply replaced.
 */
import { apertiumSpanishEnglish } from '../../catalog/apertium.ts';
import type { CatalogVocabulary, Language } from '../../contract.ts';
import { runEngine } from '../engine.ts';
import { apertiumTranslator } from '../spanish/translate.ts';
import type { DecideAnswer, DecideTask, PingTask } from './protocol.ts';

/** Catalog versions kept, least recently used dropped first: a few profiles' catalogs per language. */
export const KEPT_VOCABULARIES = 8;
const vocabularies = new Map<number, CatalogVocabulary>();

function remember(id: number, data: CatalogVocabulary): void {
  vocabularies.delete(id);
  vocabularies.set(id, data);
  while (vocabularies.size > KEPT_VOCABULARIES) vocabularies.delete(vocabularies.keys().next().value!);
}

export default async function decideTask(task: DecideTask | PingTask): Promise<DecideAnswer> {
  // The engine's modules load with this file: answering is proof they are ready.
  if ('ping' in task) return { kind: 'pong' };
  const missing: number[] = [];
  const held = {} as Record<Language, CatalogVocabulary>;
  for (const language of ['en', 'es'] as const) {
    const ref = task.vocabularies[language];
    const vocabulary = ref.data ?? vocabularies.get(ref.id);
    // Every use refreshes the entry, so a catalog in steady use is never the one evicted.
    if (vocabulary) {
      remember(ref.id, vocabulary);
      held[language] = vocabulary;
    } else missing.push(ref.id);
  }
  if (missing.length > 0) return { kind: 'missing', ids: missing };
  const result = await runEngine({
    prompt: task.prompt,
    vocabulary: (language) => held[language],
    ...(task.tools ? { tools: new Set(task.tools) } : {}),
    ...(task.defaultLanguage ? { defaultLanguage: task.defaultLanguage } : {}),
    ...(task.maxSteps ? { maxSteps: task.maxSteps } : {}),
    ...(task.apertium ? { translator: apertiumTranslator, dictionary: apertiumSpanishEnglish } : {}),
  });
  return { kind: 'result', result };
}

/**
 * Starts the resident Apertium processes a Spanish request needs — the translation pipeline
 * (translate.ts) and the Spanish→English word dictionary (catalog/apertium.ts) — in the
 * background at server start. Started lazily instead, a shopper's first Spanish request waited
 * for ten processes to load their dictionaries (0.5–5 s by machine load), long enough to miss
 * the offline model's first-chunk deadline.
 */
import { apertiumSpanishEnglish, type SpanishEnglishDictionary } from '../../catalog/apertium.ts';
import { apertiumTranslator, type Translator } from './translate.ts';

export interface SpanishReading {
  translator: Translator;
  dictionary: SpanishEnglishDictionary;
}

/** Resolves once both answered (or failed: without Apertium the engine reads Spanish alone). */
export async function warmUpSpanishReading(
  signal?: AbortSignal,
  reading: SpanishReading = { translator: apertiumTranslator, dictionary: apertiumSpanishEnglish },
): Promise<{ ok: boolean; errors: string[] }> {
  const results = await Promise.allSettled([
    reading.translator.translate('hola', { signal }),
    reading.dictionary.englishFor(['casa'], signal),
  ]);
  const errors = results.flatMap((r) =>
    r.status === 'rejected' ? [String((r.reason as Error).message)] : [],
  );
  return { ok: errors.length === 0, errors };
}

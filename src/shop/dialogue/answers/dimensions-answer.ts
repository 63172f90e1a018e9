/**
 * "How big is the glass palette?": when its text gives no capacity, the dimensions it states
 * ("12 by 16 inches", "9 x 33 in") are how big it is. English questions.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';

const HOW_BIG = /\b(how big|how large|what size is|what are the dimensions|dimensions)\b/;
const DIMENSIONS =
  /\b\d+(\.\d+)?\s*(x|by|×)\s*\d+(\.\d+)?(\s*(x|by|×)\s*\d+(\.\d+)?)?(\s*(inches|inch|in|cm|mm|m|ft|feet|")(?![a-z]))?/i;

export function answerDimensions(p: ProductInfo, question: string, lang: Language): string | undefined {
  if (lang !== 'en' || !HOW_BIG.test(question)) return undefined;
  const text = (p.description ?? p.summary ?? '').replace(/<[^>]+>/g, ' ');
  const m = DIMENSIONS.exec(text) ?? DIMENSIONS.exec(p.name);
  if (!m) return undefined;
  return t(
    lang,
    `${p.name}: ${m[0].trim()}, according to its description.`,
    `${p.name}: ${m[0].trim()}, según su descripción.`,
  );
}

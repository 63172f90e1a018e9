/**
 * Spanish discourse words: the fillers, resignations and hedges a Spanish shopper wraps around a
 * request ("pues …", "… a ver", "…, supongo", "qué se le va a hacer. …", "…, digo", "o sea, …").
 * They carry no request of their own, yet their words read as catalog or spec words ("hacer",
 * "ver", "va") and bury a promo code, a size or a choice. This module removes them before the
 * Spanish parse:
 * - a clause (between punctuation) made only of discourse words goes ("qué remedio. …");
 * - discourse words that open or close a clause go ("pues la azul" → "la azul", "la M, supongo");
 * - a later clause of "ya" and a future verb goes ("la L, ya me quedarán holgados").
 * Nothing is removed when nothing else would be left ("bueno" alone still answers a question),
 * and words that can be a yes ("vale", "venga", "claro") are never removed: a confirmation
 * needs them. The same words mark an utterance as Spanish (nlu.ts detectLanguage).
 */
import { fold } from '../../catalog/text.ts';

/** Whole discourse phrases (folded, no punctuation), longest first where one contains another. */
const PHRASES = [
  'que se le va a hacer',
  'que le vamos a hacer',
  'que le voy a hacer',
  'que se le puede hacer',
  'que remedio',
  'que mas da',
  'ni modo',
  'ya ves',
  'vaya por dios',
  'que pena',
  'que lastima',
  'una pena',
  'me las apano',
  'me apano',
  'no pasa nada',
  'pues nada',
  'pues eso',
  'a ver',
  'o sea',
  'en fin',
  'la verdad',
  'digamos',
  'supongo',
  'imagino',
  'digo',
  'pues',
  'bueno',
  'oye',
  'mira',
  'hombre',
  'vaya',
  'anda',
  'eh',
  'em',
  'ehm',
  'mmm',
];

/** Phrases that may open a clause ("pues …", "a ver, …", "mira, …"). */
const OPENERS = new Set([
  'pues',
  'bueno',
  'oye',
  'mira',
  'hombre',
  'a ver',
  'o sea',
  'en fin',
  'la verdad',
  'eh',
  'em',
  'ehm',
  'mmm',
  'anda',
  'vaya',
]);
/** Phrases that may close a clause ("…, supongo", "… a ver", "…, digo"). */
const CLOSERS = new Set(['supongo', 'imagino', 'digo', 'a ver', 'digamos', 'pues', 'eh', 'la verdad']);

/** Single words of the phrases: evidence that an utterance is Spanish. */
export const DISCOURSE_WORDS: ReadonlySet<string> = new Set(
  PHRASES.flatMap((p) => p.split(' ')).filter(
    // Hesitations ("mmm") are no language's; short and shared words prove nothing either.
    (w) => w.length > 2 && !['que', 'las', 'una', 'nada', 'ehm', 'mmm'].includes(w),
  ),
);

const foldClause = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z0-9ñ\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The clause without the discourse phrases that open or close it (may come back empty). */
function trimClause(clause: string): string {
  let words = clause.split(/\s+/).filter(Boolean);
  const folded = () => words.map((w) => foldClause(w)).join(' ');
  for (let changed = true; changed && words.length > 0; ) {
    changed = false;
    if (PHRASES.includes(folded())) return '';
    for (const p of PHRASES) {
      const n = p.split(' ').length;
      const head = words.slice(0, n).map(foldClause).join(' ');
      const tail = words.slice(-n).map(foldClause).join(' ');
      if (OPENERS.has(p) && head === p && words.length > n) {
        words = words.slice(n);
        changed = true;
        break;
      }
      if (CLOSERS.has(p) && tail === p && words.length > n) {
        words = words.slice(0, -n);
        changed = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/**
 * "Ya se le pasará", "ya lo pintará mi sobrino", "ya me quedarán holgados": "ya" and a verb in the
 * future shrug off a drawback of the choice just made; the clause asks for nothing. Accents are
 * needed to tell the future ("pasará") from other words ("para", "compra").
 */
const RESIGNED = /^ya( (me|te|se|le|les|lo|la|los|las|nos|os))* \p{L}+(ré|rás|rá|remos|réis|rán)(?!\p{L})/iu;

/**
 * The Spanish utterance without its discourse phrases; punctuation between the clauses that stay
 * is kept (later readings split on it). Returns the text unchanged when only discourse was said.
 */
export function withoutDiscourse(text: string): string {
  // Clauses and the punctuation after each ("qué remedio. pues X" → ["qué remedio", ". "], …).
  const parts = text.split(/([,.;:!?¡¿…]+\s*)/);
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const clause = trimClause((parts[i] ?? '').trim());
    if (clause && i > 0 && RESIGNED.test(clause)) continue;
    if (clause) kept.push(clause + (parts[i + 1] ?? ' '));
    // An opening "¿" or "¡" belongs to the clause after it.
    else if (/[¿¡]/.test(parts[i + 1] ?? '')) kept.push((parts[i + 1] ?? '').replace(/[^¿¡]/g, ''));
  }
  const out = kept.join('').trim();
  return /[a-z0-9]/i.test(fold(out)) ? out : text;
}

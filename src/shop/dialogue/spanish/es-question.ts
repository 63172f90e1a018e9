/**
 * Spanish marks a question at both ends ("¿cuánto pesa?"), so what a shopper asks is set apart
 * from what they say around it. A statement after the question explains why it is asked ("¿cuánto
 * pesa? tengo que subirlo yo solo al coche", "¿cuál es la más ligera? tengo la espalda mal"); its
 * words are no part of the question, yet read as catalog words ("coche" → a car rack) they send
 * it elsewhere. This module finds that shape; nlu.ts reads the question alone when the statement
 * names nothing of the catalog itself.
 */

import { normalize, stem } from '../words/text.ts';

/** The question and the statement after it, when the text opens with a ¿…? question followed by words. */
export function questionThenStatement(text: string): { question: string; statement: string } | undefined {
  const m = /^\s*(¿[^?¿]+\?)\s*([^?¿]*\S[^?¿]*)$/.exec(text);
  if (!m || !/[a-z0-9]/i.test(m[2]!)) return undefined;
  return { question: m[1]!, statement: m[2]! };
}

/** The statement and the question after it, when the text ends with a ¿…? question after words. */
export function statementThenQuestion(text: string): { statement: string; question: string } | undefined {
  const m = /^\s*([^?¿]*[a-z0-9][^?¿]*?)\s*(¿[^?¿]+\?)\s*$/i.exec(text);
  if (!m) return undefined;
  return { statement: m[1]!, question: m[2]! };
}

/**
 * "¿Qué altura tiene el ficus?" with several products on screen: Spanish "qué" is "what" as often
 * as "which", and a definite noun naming exactly one shown product makes it a question about that
 * one, not a ranking of them all. Text normalised (no accents).
 */
export function namesOneShown(text: string, shown: readonly { name: string }[]): boolean {
  if (shown.length < 2) return false;
  const names = shown.map((p) => new Set(normalize(p.name).split(' ').map(stem)));
  return [...text.matchAll(/\b(?:el|la|los|las) ([a-z0-9]{3,})\b/g)].some(
    (m) => names.filter((n) => n.has(stem(m[1]!))).length === 1,
  );
}

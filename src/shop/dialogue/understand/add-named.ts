/**
 * "Add the edging tape in charcoal and the felt backing in black" → "actually make the tape oat":
 * after a turn that added several products, a correction may be about any of them. The add it is
 * about is the one whose line name shares a word with what the shopper says now; the last add when
 * none, or more than one, does. Pure.
 */
import type { ToolExchange } from '../state.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { normalize, stem } from '../words/text.ts';

/** Words of a line name too common to tell two lines apart. */
const PLAIN = /^(set|pack|kit|one|ones|pair|pairs|size|colour|color)$/;

function nameOf(call: ToolExchange): string | undefined {
  const added = (call.output as { added?: { name?: unknown } } | undefined)?.added;
  return typeof added?.name === 'string' ? added.name : undefined;
}

/** The successful add the utterance names, among a turn's several; the last one otherwise. */
export function addNamedIn(adds: ToolExchange[], said: string): ToolExchange | undefined {
  if (adds.length < 2) return adds.at(-1);
  const words = new Set(
    normalize(said)
      .split(' ')
      .filter((w) => w.length > 2 && !STOPWORDS.en.has(w) && !STOPWORDS.es.has(w) && !PLAIN.test(w))
      .map(stem),
  );
  const hits = adds.filter((c) => {
    const name = nameOf(c);
    return (
      !!name &&
      normalize(name)
        .split(' ')
        .some((w) => words.has(stem(w)))
    );
  });
  return hits.length === 1 ? hits[0] : adds.at(-1);
}

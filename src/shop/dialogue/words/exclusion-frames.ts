/**
 * Leaving out a kind of product by what it is for or what it needs, said as a clause rather than
 * a bare "not X": "leave out anything made for kids", "skip whatever is meant for outdoors",
 * "nothing that needs a battery", "quita lo que sea para niños", "nada que necesite pilas". The
 * words after the frame become the exclusion; the search leaves out products whose title, type
 * or tags say them, or (for two or more words) whose text says them together ("needs a battery
 * pack" in a description). A bare "no"/"not" is no lead: "a yeast that doesn't need X", "una
 * levadura que no necesite X" describe what is wanted, whose own text may say "no X needed".
 * Patterns run on normalised tokens (no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from './lexicon.ts';
import type { Slots } from './slots.ts';
import { normalize, stem } from './text.ts';

/** A verb or word of leaving out, then what is left out said as a clause. */
const FRAME: Record<Language, RegExp> = {
  en: new RegExp(
    [
      '\\b(?:leave out|leave off|skip|exclude|rule out|cut out|drop|forget|ignore|nothing|none|without|minus|except)',
      '(?: (?:anything|everything|whatever|any|all|the ones|ones|those|things|stuff|products|items|gear|of the ones|one|kind))?',
      '(?: (?:that|which|thats))?(?: (?:s|is|are|re|s been))?',
      ' (?:(?:made|meant|designed|built|intended|sold|aimed|marketed|geared)(?: (?:for|at|toward|towards))?|for|needs?|needing|requires?|requiring|uses?|using|runs? on|running on|takes?|depends on|relies on|works? with)',
      ' (?:an? |the |any |some )?',
    ].join(''),
  ),
  es: new RegExp(
    [
      '\\b(?:quita|quitame|saca|sacame|descarta|excluye|olvida|sin|nada|ninguno|ninguna|fuera|menos|excepto|salvo)',
      '(?: (?:lo que sea|lo que|todo lo que|cualquier cosa|los que|las que|lo|los|las|todo|cosas|nada))?',
      '(?: (?:que))?(?: (?:sea|sean|es|son|este|esten|venga|vengan))?',
      ' (?:(?:hecho|hecha|hechos|hechas|pensado|pensada|pensados|pensadas|disenado|disenada|disenados|disenadas)(?: para)?|para|necesite|necesiten|necesita|necesitan|requiera|requieran|requiere|requieren|use|usen|usa|usan|funcione con|funcionen con|lleve|lleven)',
      ' (?:un |una |el |la |los |las |algun |alguna )?',
    ].join(''),
  ),
};

/** Words that end what is left out: a new clause starts ("…an air pump, I don't want the noise"). */
const CLAUSE_END: Record<Language, RegExp> = {
  en: /^(i|we|my|because|since|as|so|but|and|or|please|thanks|it|they|that|which|im|ive|id)$/,
  es: /^(yo|que|porque|pues|y|o|pero|por|no|mi|mis|gracias|favor)$/,
};

/**
 * The words a clause of leaving out names ("bass", "air pump"), or undefined when the text has no
 * such clause. At most three words, none a number.
 */
export function exclusionFrame(text: string, lang: Language): string | undefined {
  const m = FRAME[lang].exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length).split(' ');
  const words: string[] = [];
  for (const w of rest) {
    if (!w || CLAUSE_END[lang].test(w) || /\d/.test(w)) break;
    words.push(w);
    if (words.length === 3) break;
  }
  while (words.length && STOPWORDS[lang].has(words.at(-1)!)) words.pop();
  if (words.length === 0 || words.every((w) => STOPWORDS[lang].has(w))) return undefined;
  return words.join(' ');
}

/**
 * Sets `slots.exclude` from a clause of leaving out, and drops the category and attributes it
 * names: what stays is the search shown before, without those products. True when it did; the
 * clause's other words (its verbs, the reason given) are then no search words either.
 */
export function extractExclusionFrame(tokens: readonly string[], lang: Language, slots: Slots): boolean {
  if (slots.exclude || slots.excludeBrand || slots.excludeColor || slots.excludeText) return false;
  const out = exclusionFrame(tokens.join(' '), lang);
  if (!out) return false;
  const said = new Set(out.split(' ').map(stem));
  const names = (v: string | undefined) =>
    !!v &&
    normalize(v)
      .split(' ')
      .some((w) => said.has(stem(w)));
  slots.exclude = out;
  if (names(slots.category)) delete slots.category;
  if (slots.attributes) {
    slots.attributes = slots.attributes.filter((a) => !names(a));
    if (slots.attributes.length === 0) delete slots.attributes;
  }
  return true;
}

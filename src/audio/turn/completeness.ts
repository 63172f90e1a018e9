/**
 * Does a (possibly interim) transcript look like a finished thought? Word-list heuristics
 * for English and Spanish: a turn that ends on an article, preposition, conjunction,
 * possessive, a verb that needs an object, a filler, or on digits after "number is" is
 * probably unfinished; closers ("thanks", "that's all", "por favor") and punctuation say done.
 */

export type Completeness = 'complete' | 'likely-complete' | 'unknown' | 'incomplete';

export interface CompletenessResult {
  verdict: Completeness;
  reason: string;
}

interface LanguageRules {
  /** Words after which a sentence is almost never over. */
  trailing: Set<string>;
  fillers: Set<string>;
  /** Complete on their own or as the last words ("thank you", "that's all"). */
  closers: string[];
  /** Nouns announcing a digit sequence ("order number is 4 5 …"). */
  numberCues: Set<string>;
  numbers: Set<string>;
  /** Words before a number that make it a value, not the start of a count ("size ten", "under fifty"). */
  valueCues: Set<string>;
  /** Verbs that end a question ("what colours do you have"), though they are trailing words otherwise. */
  questionVerbs: Set<string>;
  /** A question word anywhere before such a verb ("what", "which"; "que", "cuales"). */
  questionWords: Set<string>;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const EN: LanguageRules = {
  trailing: words(`
    a an the
    of to for with in on at from by about into onto under over than between without near like
    and or but so because if that which who whose while when where whether then plus
    my your our their his her its some any this these those another each every more less
    is are was were be been being am it's i'm that's there's what's
    have has had want need get add buy find show give put remove take make
    looking searching would could should will can may might must let's
    i we you they he she
    very really most least
  `),
  fillers: words('um uh er erm uhm hmm mm mmm ah eh like'),
  closers: [
    'thanks',
    'thank you',
    'please',
    "that's all",
    "that's it",
    'that is all',
    'nothing else',
    'yes',
    'yeah',
    'yep',
    'no',
    'nope',
    'okay',
    'ok',
    'sure',
    'right',
    'bye',
    'goodbye',
    'done',
    'checkout',
    'check out',
    'cancel',
    'stop',
  ],
  numberCues: words('number numbers code zip postal phone pin id digits card order tracking'),
  numbers: words(`
    zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand double triple
  `),
  valueCues: words('size sizes under below over above than around about between up'),
  questionVerbs: words('have has had carry sell stock need want recommend suggest like got'),
  questionWords: words('what which whatever whichever how anything everything'),
};

// Spanish words are matched without accents ("número" → "numero").
const ES: LanguageRules = {
  trailing: words(`
    el la los las un una unos unas lo al del
    de a en con para por sin sobre entre hasta desde hacia como segun
    y e o u pero que porque si ni cuando donde pues aunque mientras
    mi mis tu tus su sus nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas
    aquel aquella otro otra otros otras algun alguna algunos algunas cada mas muy menos
    es son era fue soy estoy esta estan hay tiene tienen tengo
    quiero quisiera necesito busco buscando dame deme pon ponga agrega agregue anade anada
    me te se le les nos
    yo
  `),
  fillers: words('eh em emm mmm mm este pues osea ehh'),
  closers: [
    'gracias',
    'muchas gracias',
    'por favor',
    'eso es todo',
    'nada mas',
    'es todo',
    'si',
    'no',
    'vale',
    'listo',
    'claro',
    'perfecto',
    'de acuerdo',
    'ok',
    'okay',
    'adios',
    'cancelar',
    'cancela',
    'pagar',
  ],
  numberCues: words('numero numeros codigo postal telefono pin pedido orden tarjeta seguimiento'),
  numbers: words(`
    cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
    dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta
    ochenta noventa cien ciento mil
  `),
  valueCues: words('talla tallas menos mas bajo debajo sobre entre hasta'),
  questionVerbs: words('tienen tiene tienes hay venden vendes recomiendas recomienda recomiendan'),
  questionWords: words('que cual cuales cuanto cuanta cuantos cuantas como'),
};

function rulesFor(language: string): LanguageRules | null {
  const base = language.toLowerCase().split(/[-_]/)[0];
  if (base === 'en') return EN;
  if (base === 'es') return ES;
  return null;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'");
}

const isDigits = (w: string) => /^\d+$/.test(w);
const JOINERS = words('and y point punto');

export function assessCompleteness(text: string, language: string): CompletenessResult {
  const trimmed = text.trim();
  if (!trimmed) return { verdict: 'unknown', reason: 'no transcript yet' };
  const rules = rulesFor(language);
  if (!rules) return { verdict: 'unknown', reason: `no rules for language "${language}"` };
  const norm = normalise(trimmed);
  if (/(\.\.\.|…|,|-|—)$/.test(norm)) return { verdict: 'incomplete', reason: 'trails off' };
  const tokens = norm.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (tokens.length === 0) return { verdict: 'unknown', reason: 'no words' };
  const last = tokens[tokens.length - 1]!;
  const phrase = tokens.join(' ');

  if (rules.fillers.has(last)) return { verdict: 'incomplete', reason: `ends on filler "${last}"` };
  for (const closer of rules.closers) {
    if (phrase === closer || phrase.endsWith(` ${closer}`)) {
      return { verdict: 'complete', reason: `ends with "${closer}"` };
    }
  }
  if (
    rules.questionVerbs.has(last) &&
    tokens.length >= 3 &&
    tokens.slice(0, -1).some((t) => rules.questionWords.has(t))
  ) {
    return { verdict: 'complete', reason: `question ending on "${last}"` };
  }
  if (rules.trailing.has(last)) return { verdict: 'incomplete', reason: `ends on "${last}"` };
  const isNumber = (w: string) => isDigits(w) || rules.numbers.has(w);
  // "the blue one", "that one": a pronoun, not a count.
  const pronounOne = last === 'one' && tokens.length > 1 && !isNumber(tokens.at(-2)!);
  if (isNumber(last) && !pronounOne) {
    const cued = tokens.slice(0, -1).some((t) => rules.numberCues.has(t));
    let runStart = tokens.length - 1;
    // The number as spoken: "forty five", "cuarenta y dos", "9.5", "50 and 100".
    for (;;) {
      const prev = tokens[runStart - 1];
      if (prev !== undefined && isNumber(prev)) runStart--;
      else if (prev !== undefined && JOINERS.has(prev) && isNumber(tokens[runStart - 2] ?? '')) runStart -= 2;
      else break;
    }
    // "size ten", "under fifty", "menos de cincuenta": the number is a value, not a count.
    const before = tokens.slice(Math.max(0, runStart - 2), runStart);
    const valued = before.some((t) => rules.valueCues.has(t));
    // "my order number is 4 5" keeps going; "the order in size 10" is done.
    if (cued && !rules.valueCues.has(before.at(-1) ?? '')) {
      return { verdict: 'incomplete', reason: 'reading out a number' };
    }
    if (valued) return { verdict: 'complete', reason: 'ends on a value ("size ten", "under fifty")' };
    if (!/[.?!]$/.test(norm)) return { verdict: 'unknown', reason: 'ends on a number ("2" or "2 pairs"?)' };
  }
  if (/[.?!]$/.test(norm)) return { verdict: 'complete', reason: 'sentence punctuation' };
  if (tokens.length >= 3) return { verdict: 'likely-complete', reason: `ends on content word "${last}"` };
  return { verdict: 'unknown', reason: 'too short to judge' };
}

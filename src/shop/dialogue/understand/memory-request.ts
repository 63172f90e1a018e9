/**
 * Requests about what the assistant remembers of the shopper, in English and Spanish: stating a
 * preference ("my shoe size is 42", "calzo un 42", "my budget is 150"), asking what it remembers
 * ("what's my size?"), and asking it to forget ("forget my sizes", "olvida todo lo que sabes de mí").
 * Only a whole utterance that is such a statement counts: "add the boots in my size 10" is an add.
 * Pure.
 */
import type { Language } from '../../contract.ts';
import type { PreferenceKind } from '../../memory/preferences.ts';
import { normalize } from '../words/text.ts';

export type MemoryRequest =
  | { kind: 'remember'; preference: { kind: PreferenceKind; value: string; scope: string } }
  | { kind: 'forget'; what?: PreferenceKind }
  | { kind: 'recall'; what?: PreferenceKind };

const LEAD = String.raw`^(?:(?:ok|okay|so|and|also|oh|well|hey|by the way|just so you know|fyi|para que sepas|por cierto|y|bueno|oye|pues|vale)\s+)*`;
const TAIL = String.raw`(?:\s+(?:please|remember (?:that|it)|recuerdalo|apuntalo|por favor|thanks|gracias))*$`;
const VALUE = `([a-z0-9][a-z0-9./]*(?: (?:and a half|y medio|(?:extra )?(?:small|large|grande|pequena)))?)`;
const SIZE_WORD: Record<string, string> = {
  'extra small': 'XS',
  small: 'S',
  medium: 'M',
  large: 'L',
  'extra large': 'XL',
  pequena: 'S',
  mediana: 'M',
  grande: 'L',
};

const SIZE_EN = [
  new RegExp(
    `${LEAD}my (?:usual )?(?:([a-z]+(?: [a-z]+)?) )?size is (?:a |an |usually |normally )*(?:size )?${VALUE}${TAIL}`,
  ),
  new RegExp(
    `${LEAD}i (?:usually |normally |always )?(?:wear|take|am|m|buy|get) (?:a |an )?size ${VALUE}(?: (?:in|for) ([a-z]+(?: [a-z]+)?))?${TAIL}`,
  ),
  new RegExp(
    `${LEAD}i (?:usually |normally |always )?(?:wear|take) (?:a |an )?${VALUE} in ([a-z]+(?: [a-z]+)?)${TAIL}`,
  ),
];
const SIZE_ES = [
  new RegExp(
    `${LEAD}mi talla (?:de ([a-z]+(?: [a-z]+)?) )?(?:habitual )?es (?:la |el |una |un )?(?:talla )?${VALUE}${TAIL}`,
  ),
  new RegExp(
    `${LEAD}(?:normalmente |siempre )?(?:uso|llevo|tengo|gasto|visto) (?:la |una )?talla ${VALUE}(?: (?:en|de|para) ([a-z]+(?: [a-z]+)?))?${TAIL}`,
  ),
];
const SHOE_ES = new RegExp(
  `${LEAD}(?:normalmente |siempre )?(?:calzo|mi numero (?:de (?:calzado|zapato|zapatos) )?es) (?:un |el |una |la )?(?:numero |talla )?${VALUE}${TAIL}`,
);
const BRAND = [
  new RegExp(`${LEAD}my (?:favou?rite|preferred) brand is (.+?)${TAIL}`),
  new RegExp(`${LEAD}mi marca (?:favorita|preferida) es (?:la |el )?(.+?)${TAIL}`),
];
const COLOR = [
  new RegExp(`${LEAD}my (?:favou?rite|preferred) colou?r is (.+?)${TAIL}`),
  new RegExp(`${LEAD}mi color (?:favorito|preferido) es (?:el )?(.+?)${TAIL}`),
];
const BUDGET = [
  new RegExp(
    `${LEAD}my budget is (?:about |around |roughly |up to |under )?(\\d+(?:\\.\\d+)?)(?: (?:dollars|euros|bucks|usd|eur))?(?: (?:for|on) ([a-z]+(?: [a-z]+)?))?${TAIL}`,
  ),
  new RegExp(
    `${LEAD}mi presupuesto es (?:de )?(?:unos |como mucho |hasta )?(\\d+(?:\\.\\d+)?)(?: (?:dolares|euros|pesos))?(?: (?:para|en) ([a-z]+(?: [a-z]+)?))?${TAIL}`,
  ),
];

const KIND_WORDS: [RegExp, PreferenceKind][] = [
  [/\b(?:sizes?|tallas?|numero de calzado)\b/, 'size'],
  [/\b(?:brands?|marcas?)\b/, 'brand'],
  [/\b(?:colou?rs?|colores|color)\b/, 'color'],
  [/\b(?:budget|presupuesto)\b/, 'budget'],
];
const FORGET =
  /\b(?:forget|olvida|olvidate de|olvidad)\b|\b(?:delete|erase|clear|wipe|borra|elimina)\b.*\b(?:preferences?|what you (?:know|remember)|everything you know|my data|preferencias|lo que sabes|lo que recuerdas|mis datos)\b/;
// What the shopper told the assistant about themselves — never a bare "everything" / "todo":
// "forget all that, show me the lamps" is a change of mind, not a request to be forgotten.
const ABOUT_ME =
  /\b(?:my (?:sizes?|(?:favou?rite |preferred )?brands?|(?:favou?rite |preferred )?colou?rs?|budget|preferences|data)|about me|mis? (?:tallas?|marcas?|colores?|presupuesto|preferencias|datos)|(?:de|sobre) mi)\b/;
const RECALL = [
  /\bwhat (?:do you|did i) (?:remember|know|tell you|told you) about me\b/,
  /\bwhat(?: s| is| was) my (?:usual )?(?:[a-z]+ )?(size|budget|(?:favou?rite |preferred )?(?:brand|colou?r))\b/,
  /\bdo you (?:remember|know) my (?:usual )?(?:[a-z]+ )?(size|budget|(?:favou?rite )?(?:brand|colou?r))\b/,
  /\bque (?:recuerdas|sabes|te acuerdas) de mi\b/,
  /\bcual (?:es|era) mi (talla|presupuesto|marca|color)\b/,
  /\bte acuerdas de mi (talla|presupuesto|marca|color)\b/,
];

const kindOf = (text: string): PreferenceKind | undefined => KIND_WORDS.find(([re]) => re.test(text))?.[1];

function size(value: string): string {
  const v = value.trim();
  return SIZE_WORD[v] ?? (/^[a-z]{1,3}$/.test(v) ? v.toUpperCase() : v.replace(/ and a half| y medio/, '.5'));
}

export function memoryRequest(utterance: string, lang: Language): MemoryRequest | undefined {
  const text = normalize(utterance);
  if (!text) return undefined;
  if (FORGET.test(text) && ABOUT_ME.test(text)) {
    const what = kindOf(text.replace(/\b(?:everything|todo)\b.*$/, '') || text);
    return /\b(?:everything|all|todo)\b/.test(text) && !what
      ? { kind: 'forget' }
      : { kind: 'forget', ...(what ? { what } : {}) };
  }
  for (const re of RECALL) {
    const m = re.exec(text);
    if (m) {
      const what = m[1] ? kindOf(m[1]) : undefined;
      return { kind: 'recall', ...(what ? { what } : {}) };
    }
  }
  const sizeRes = lang === 'es' ? [...SIZE_ES, ...SIZE_EN] : [...SIZE_EN, ...SIZE_ES];
  for (const re of sizeRes) {
    const m = re.exec(text);
    if (!m) continue;
    // "my shoe size is 42": the scope comes before the value; "I wear a 42 in shoes": after it.
    const [value, scope] = /^my |^mi /.test(text.replace(new RegExp(LEAD), '')) ? [m[2], m[1]] : [m[1], m[2]];
    if (value) return remember('size', size(value), scope ?? '');
  }
  const shoe = SHOE_ES.exec(text);
  if (shoe?.[1]) return remember('size', size(shoe[1]), lang === 'es' ? 'zapatos' : 'shoes');
  for (const re of BRAND) {
    const m = re.exec(text);
    if (m?.[1]) return remember('brand', m[1], '');
  }
  for (const re of COLOR) {
    const m = re.exec(text);
    if (m?.[1]) return remember('color', m[1], '');
  }
  for (const re of BUDGET) {
    const m = re.exec(text);
    if (m?.[1]) return remember('budget', m[1], m[2] ?? '');
  }
  return undefined;
}

const remember = (kind: PreferenceKind, value: string, scope: string): MemoryRequest => ({
  kind: 'remember',
  // The text was folded to lower case: a brand or colour is said back as a name ("Nike").
  preference: {
    kind,
    value: kind === 'brand' || kind === 'color' ? titled(value) : value,
    scope: scope.trim(),
  },
});

const titled = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

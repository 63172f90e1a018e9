/**
 * Is the shopper done speaking? Judged by the engine's own parse: a request that yields a
 * complete action ("two pairs of the Cascade Mid in size 9") is complete, also when a misheard
 * word trails it ("add the rope leash are"); one that stops where the grammar needs more ("I
 * want a pair of", "en talla"), names an action without its object ("add", "show me") or reads
 * out digits ("my order number is 4 5") is incomplete; anything the engine does not understand
 * is unknown. For the turn detector: complete ends the turn at the VAD stop, incomplete waits a
 * little longer.
 */
import type { CatalogVocabulary, Language } from '../../contract.ts';
import { tokenize } from '../words/text.ts';
import { compiled } from '../words/vocab.ts';
import { detectLanguage, understand } from './nlu.ts';

export type Completeness = 'complete' | 'incomplete' | 'unknown';

/**
 * Words after which the grammar needs more: articles, prepositions, conjunctions, possessives
 * and option names ("in size", "a pair of", "la talla de"). A request ending on one is
 * unfinished whatever the parse made of the words before it.
 */
const NEEDS_MORE: Record<Language, Set<string>> = {
  en: new Set(
    (
      'a an the of in on at for to with and or but than from by about into under over between around ' +
      'below above like my your our their its some any every each size sized color colour pair pairs couple ' +
      'number code'
    ).split(' '),
  ),
  es: new Set(
    (
      'un una unos unas el la los las de del en con para por y o a al sin sobre entre hasta desde como ' +
      'que mi mis tu tus su sus talla color par pares numero codigo'
    ).split(' '),
  ),
};

/**
 * Words that may lead into more (verbs wanting an object, pronouns, auxiliaries): unfinished
 * when the parse found no request, but after a parsed request with its object ("add the rope
 * leash are") more often a misheard tail than more to come, so they do not hold the turn.
 */
const MAY_LEAD_ON: Record<Language, Set<string>> = {
  en: new Set(
    (
      'want need is are was were me i im d ll would could can get buy add show find looking look see give put ' +
      'this that these those'
    ).split(' '),
  ),
  es: new Set(
    'quiero quisiera busco necesito dame muestrame ensename anade agrega pon ponme me es son este esta estos estas ese esa'.split(
      ' ',
    ),
  ),
};

/** Wh-words: a question opening on one is finished once its verb came ("what sizes do you have"). */
const WH_WORDS = new Set('what which how que cual cuales cuanto cuanta cuantos cuantas como'.split(' '));

/** Nouns announcing a digit sequence ("my order number is 4 5 …"): digits after one keep coming. */
const NUMBER_CUES = new Set('number code zip phone digits numero codigo telefono'.split(' '));

/** Intents that act on a product: they need one named, pointed at, or described. */
const NEEDS_OBJECT = new Set([
  'add_to_cart',
  'details',
  'availability',
  'save_item',
  'compare',
  'remove_from_cart',
  'search',
  'refine',
  'spec',
]);

export function judgeRequestCompleteness(
  text: string,
  language: Language | undefined,
  vocabulary: CatalogVocabulary,
): Completeness {
  const vocab = compiled(vocabulary);
  const tokens = tokenize(text);
  if (tokens.length === 0) return 'unknown';
  const lang = language ?? detectLanguage(text, vocabulary.language);
  const last = tokens.at(-1)!;
  if (NEEDS_MORE[lang].has(last)) return 'incomplete';
  if (/^\d+$/.test(last) && tokens.slice(0, -1).some((t) => NUMBER_CUES.has(t))) return 'incomplete';
  const nlu = understand(text, vocab, lang);
  const s = nlu.slots;
  const leadsOn = MAY_LEAD_ON[lang].has(last);
  if (nlu.intent === 'unknown') return leadsOn ? 'incomplete' : 'unknown';
  if (nlu.intent === 'update_quantity')
    return s.quantity !== undefined || s.numbers ? 'complete' : 'incomplete';
  if (!NEEDS_OBJECT.has(nlu.intent)) return leadsOn && tokens.length < 3 ? 'incomplete' : 'complete';
  const object = !!(
    s.productNames ||
    s.ordinals ||
    s.reference ||
    s.category ||
    s.brand ||
    s.color ||
    s.size ||
    s.attributes ||
    s.query ||
    s.items ||
    s.excludeBrand ||
    s.excludeColor ||
    s.sort ||
    s.measure ||
    s.feature ||
    s.minPrice !== undefined ||
    s.maxPrice !== undefined
  );
  if (object) return 'complete';
  // "what sizes do you have", "which colours": about the product in context.
  return WH_WORDS.has(tokens[0]!) && tokens.length >= 3 && !leadsOn ? 'complete' : 'incomplete';
}

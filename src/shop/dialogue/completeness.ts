/**
 * Is the shopper done speaking? Judged by the engine's own parse: a request that yields a
 * complete action ("two pairs of the Cascade Mid in size 9") is complete; one that stops on a
 * word that needs more ("I want a pair of", "en talla") or names an action without its object
 * ("add", "show me") is incomplete; anything the engine does not understand is unknown. For the
 * turn detector: complete ends the turn at the VAD stop, incomplete waits a little longer.
 */
import type { CatalogVocabulary, Language } from '../contract.ts';
import { detectLanguage, understand } from './nlu.ts';
import { tokenize } from './text.ts';
import { compiled } from './vocab.ts';

export type Completeness = 'complete' | 'incomplete' | 'unknown';

/** Words a finished request does not end on. */
const DANGLING: Record<Language, Set<string>> = {
  en: new Set(
    (
      'a an the of in on at for to with and or but my your our some any size sized color colour pair pairs couple like ' +
      'want need than about from by is are was more less under over between around below above this that these those ' +
      'me i im d ll would could can get buy add show find looking look see give put number code'
    ).split(' '),
  ),
  es: new Set(
    (
      'un una unos unas el la los las de del en con para por y o a al mi mis tu tus su talla color par pares quiero ' +
      'quisiera busco necesito dame muestrame ensename que sobre entre menos mas hasta desde como es son numero codigo ' +
      'anade agrega pon ponme me'
    ).split(' '),
  ),
};

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
  if (DANGLING[lang].has(last)) return 'incomplete';
  const nlu = understand(text, vocab, lang);
  const s = nlu.slots;
  if (nlu.intent === 'unknown') return 'unknown';
  if (nlu.intent === 'update_quantity')
    return s.quantity !== undefined || s.numbers ? 'complete' : 'incomplete';
  if (!NEEDS_OBJECT.has(nlu.intent)) return 'complete';
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
  return object ? 'complete' : 'incomplete';
}

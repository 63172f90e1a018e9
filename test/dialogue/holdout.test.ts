/**
 * Utterances written after the engine was tuned on the main table, on the bookshop catalog it never
 * used. First run (untuned): 88.3 % (53/60); generic misses were fixed since, so this is a
 * regression set now, not a held-out measure (issue 12's frozen sets in eval/ measure that).
 * Every row must stay understood; rows still misunderstood are listed in KNOWN_MISSES, each with why,
 * and a row that gets fixed must leave the list (the list never hides a row that works).
 * Intent plus the one slot that matters per row.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary, languageWords } from '../../src/shop/dialogue/words/vocab.ts';
import { BOOKS, vocabularyOf } from './fixtures.ts';

type Row = [lang: 'en' | 'es', say: string, intent: string, slot?: [string, unknown]];

// Rows use the bookshop catalog, which the main table never used.
// prettier-ignore
const HOLDOUT: Row[] = [
  ['en', 'hey there', 'greeting'],
  ['en', 'could you find me some novels', 'search', ['category', 'novels']],
  ['en', 'i would like a cookbook', 'search', ['category', 'cookbooks']],
  ['en', 'any travel guides under thirty', 'search', ['maxPrice', 30]],
  ['en', 'have you got anything by orbis', 'search', ['brand', 'Orbis']],
  ['en', 'mystery books please', 'search', ['attributes', ['mystery']]],
  ['en', 'something for kids', 'search'],
  ['en', 'books between ten and twenty euros', 'search', ['minPrice', 10]],
  ['en', 'just the illustrated ones', 'refine'],
  ['en', 'cheaper please', 'refine'],
  ['en', 'what is the second one about', 'details', ['ordinals', [2]]],
  ['en', 'tell me about quantum cats', 'details', ['productNames', ['Quantum Cats']]],
  ['en', 'more about the midnight ledger', 'details', ['productNames', ['The Midnight Ledger']]],
  ['en', 'how much does the third one cost', 'details', ['ordinals', [3]]],
  ['en', 'compare the silent harbor and the midnight ledger', 'compare'],
  ['en', 'is gardens of tomorrow available in hardcover', 'availability', ['size', 'Hardcover']],
  ['en', 'put the first one in my basket', 'add_to_cart', ['ordinals', [1]]],
  ['en', 'i will take two copies of the atlas of lost cities', 'add_to_cart', ['quantity', 2]],
  ['en', 'get me the cheapest one', 'add_to_cart', ['reference', 'cheapest']],
  ['en', 'take the cookbook out of my cart', 'remove_from_cart'],
  ['en', 'i only want one of those', 'update_quantity', ['quantity', 1]],
  ['en', 'what do i have in my basket', 'view_cart'],
  ['en', 'my coupon is spring fifteen', 'promo', ['promoCode', 'SPRING15']],
  ['en', 'lets checkout', 'checkout'],
  ['en', 'yep', 'confirm'],
  ['en', 'nope not yet', 'deny'],
  ['en', 'has my order shipped', 'order_status'],
  ['en', 'order number seven seven one', 'order_status', ['orderId', '771']],
  ['en', 'what have i ordered in the past', 'history'],
  ['en', 'save the silent harbor to my wish list', 'save_item'],
  ['en', 'read me my favorites', 'list_saved'],
  ['en', 'look into the best science fiction of the year', 'research'],
  ['en', 'get me a human please', 'human'],
  ['en', 'i give you five out of five', 'survey', ['rating', 5]],
  ['en', 'goodbye and thanks', 'goodbye'],
  ['es', 'buenos días', 'greeting'],
  ['es', 'quisiera una novela', 'search', ['category', 'novela']],
  ['es', 'tienen libros de cocina', 'search', ['category', 'libros de cocina']],
  ['es', 'guías de viaje de menos de treinta euros', 'search', ['maxPrice', 30]],
  ['es', 'algo de penrose press', 'search', ['brand', 'Penrose Press']],
  ['es', 'solo las de tapa dura', 'refine'],
  ['es', 'qué tal el segundo', 'details', ['ordinals', [2]]],
  ['es', 'dime más sobre quantum cats', 'details', ['productNames', ['Quantum Cats']]],
  ['es', 'compara los dos primeros', 'compare', ['ordinals', [1, 2]]],
  ['es', 'me llevo dos del tercero', 'add_to_cart', ['quantity', 2]],
  ['es', 'añade el atlas of lost cities al carrito', 'add_to_cart'],
  ['es', 'quita el libro de cocina', 'remove_from_cart'],
  ['es', 'pon la cantidad a tres', 'update_quantity', ['quantity', 3]],
  ['es', 'cuánto es el total', 'view_cart'],
  ['es', 'tengo el cupón primavera quince', 'promo', ['promoCode', 'PRIMAVERA15']],
  ['es', 'quiero hacer el pedido', 'checkout'],
  ['es', 'sí adelante', 'confirm'],
  ['es', 'no todavía no', 'deny'],
  ['es', 'cuándo llega mi pedido', 'order_status'],
  ['es', 'mis pedidos anteriores', 'history'],
  ['es', 'guárdalo en favoritos', 'save_item'],
  ['es', 'averigua cuál es la mejor novela de misterio', 'research'],
  ['es', 'necesito hablar con un humano', 'human'],
  ['es', 'cuatro estrellas', 'survey', ['rating', 4]],
  ['es', 'hasta luego', 'goodbye'],
];

/** Misunderstood today (2026-12-05), kept visible instead of lowering a floor. */
const KNOWN_MISSES = new Set([
  // A price range with a generic noun is read as a refinement of the (empty) current search.
  'books between ten and twenty euros',
  // The category comes out plural ("novelas"), and "una" is read as a pronoun.
  'quisiera una novela',
]);

const vocab = {
  en: compileVocabulary(vocabularyOf(BOOKS, 'en')),
  es: compileVocabulary(vocabularyOf(BOOKS, 'es')),
};
const words = languageWords(vocab.en, vocab.es);

function miss([lang, say, intent, slot]: Row): string | undefined {
  const u = understand(say, vocab[lang], 'en', words);
  const slotOk =
    !slot || JSON.stringify((u.slots as Record<string, unknown>)[slot[0]]) === JSON.stringify(slot[1]);
  if (u.language === lang && u.intent === intent && slotOk) return undefined;
  return `got ${u.language}/${u.intent} ${JSON.stringify(u.slots)}; want ${intent} ${slot ? JSON.stringify(slot) : ''}`;
}

describe('bookshop utterances written after tuning (regression set)', () => {
  it('has the rows it claims, and every known miss is one of them', () => {
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(60);
    for (const say of KNOWN_MISSES) expect(HOLDOUT.map((r) => r[1])).toContain(say);
  });

  it.each(HOLDOUT.filter((r) => !KNOWN_MISSES.has(r[1])).map((r) => [`[${r[0]}] ${r[1]}`, r] as const))(
    '%s',
    (_name, row) => {
      expect(miss(row)).toBeUndefined();
    },
  );

  it('lists only rows still misunderstood (a fixed row must leave KNOWN_MISSES)', () => {
    const fixed = HOLDOUT.filter((r) => KNOWN_MISSES.has(r[1]) && miss(r) === undefined).map((r) => r[1]);
    expect(fixed).toEqual([]);
  });
});

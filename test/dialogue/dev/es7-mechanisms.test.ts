/**
 * Branch dlg-es7's dialogue mechanisms, each pinned with phrasings its dev scripts do not use: a
 * yes/no looks up the shopper's own words on a Spanish product text (said-words.ts); "¿tienen X?"
 * reads its plural on the word as said; "manejan" asks for stock and "quisiera ver" to be shown
 * (es-paraphrase.ts, classify.ts); corrections of how many (es-quantity-change.ts); a pro-drop
 * "¿es de …?" asks about the product in focus even when its words name another product
 * (spec-question.ts); a question naming an option by its own name lists its values.
 */
import { describe, expect, it } from 'vitest';
import { lookupWords } from '../../../src/shop/dialogue/answers/said-words.ts';
import { asksShopAsUsted } from '../../../src/shop/dialogue/spanish/es-imperatives.ts';
import { standardPhrasing } from '../../../src/shop/dialogue/spanish/es-paraphrase.ts';
import { spanishQuantityChange } from '../../../src/shop/dialogue/spanish/es-quantity-change.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { birdingCsv } from './birding-catalog.ts';
import { cheeseCsv, cheeseStoreSetup } from './cheese-catalog.ts';
import { loadOutdoor } from './harness.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('the words a yes/no is looked up by', () => {
  it('keeps the shopper’s words when a Spanish text uses them all, else the English forms', () => {
    const es = 'Olla con fondo triple. Incluye tapa y grifo de desuerado.';
    expect(lookupWords(['grifo'], ['tap'], es)).toEqual(['grifo']);
    expect(lookupWords(['tapas'], ['lid'], es)).toEqual(['tapas']);
    const en = 'Pot with a triple base. Lid and draining tap included.';
    expect(lookupWords(['grifo'], ['tap'], en)).toEqual(['tap']);
    // One word missing from the text: the English forms, as before.
    expect(lookupWords(['grifo', 'dorado'], ['tap', 'golden'], es)).toEqual(['tap', 'golden']);
  });
});

describe('Spanish shop questions and corrections', () => {
  it('reads "¿tienen …?" as the shop’s question by the plural said, not the English that stands in', () => {
    const sold = (i: number) => i === 1;
    expect(asksShopAsUsted(['tienen', 'scale'], () => false, sold, ['tienen', 'balanzas'])).toBe(true);
    expect(asksShopAsUsted(['tienen', 'scale'], () => false, sold, ['tienen', 'balanza'])).toBe(false);
  });

  it('reads "manejan" as carrying stock, never as handling', () => {
    expect(standardPhrasing('¿manejan cepillos de cerdas?')).toBe('¿tienes cepillos de cerdas?');
    expect(standardPhrasing('oiga, ¿qué marcas de cera manejan?')).toBe('oiga, ¿qué marcas de cera tienes?');
    expect(standardPhrasing('¿cómo se maneja la prensa?')).toBe('¿cómo se maneja la prensa?');
    expect(standardPhrasing('¿qué tal se maneja con una mano?')).toBe('¿qué tal se maneja con una mano?');
  });

  it('reads how many a correction asks for', () => {
    expect(spanishQuantityChange('no mejor que sean 4')).toBe(4);
    expect(spanishQuantityChange('pensandolo bien que sea uno solo')).toBe(1);
    expect(spanishQuantityChange('deja nada mas 3 de las rojas')).toBe(3);
    expect(spanishQuantityChange('dejame una nomas')).toBe(1);
    expect(spanishQuantityChange('con 2 me alcanza')).toBe(2);
    for (const s of [
      'quiero una que sea negra',
      'deja ver',
      'que sea de acero',
      'con una tapa',
      'dejame pensar',
    ])
      expect(spanishQuantityChange(s), s).toBeUndefined();
  });
});

describe('Spanish requests end to end', () => {
  const t = useTestStore('sqlite');

  it('a Spanish catalog: "¿trae …?", a pro-drop "¿es de …?", an option named by its name, how many', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, cheeseCsv());
    await cheeseStoreSetup(t.store.db);
    const c = await RealConversation.guest(t.store.db, 'es');
    try {
      await c.say('¿manejan kits para mozzarella?');
      expect((await c.say('¿trae termómetro?')).text).toMatch(/^Sí/);
      await c.say('¿tenéis ollas?');
      const made = await c.say('¿es de acero inoxidable?');
      expect(made.calls.map((x) => x.name)).not.toContain('search_products');
      expect(made.text).toMatch(/^Sí/);
      await c.say('busco cultivo mesófilo');
      const doses = await c.say('¿qué dosis tiene?');
      expect(doses.text).toMatch(/5 sobres/);
      expect(doses.text).toMatch(/25 sobres/);
      await c.say('quiero tres aros de camembert de 4');
      await c.say('pensándolo bien, que sea uno solo');
      expect((await c.cart()).view.items.map((l) => l.quantity)).toEqual([1]);
    } finally {
      await c.close();
    }
  });

  it('an English catalog: Spanish kind words and "quisiera ver"', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, birdingCsv());
    const c = await RealConversation.guest(t.store.db, 'es');
    try {
      const feeders = await c.say('hola, ¿tienen comederos para pájaros?');
      expect(feeders.text).toMatch(/Feeder/);
      const seen = await c.say('quisiera ver los comederos de ventana');
      expect(seen.calls.map((x) => x.name)).not.toContain('add_to_cart');
      expect((await c.cart()).view.items).toEqual([]);
    } finally {
      await c.close();
    }
  });
});

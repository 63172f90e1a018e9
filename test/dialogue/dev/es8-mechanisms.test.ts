/**
 * Branch dlg-es8's mechanisms, each pinned with phrasings its dev scripts do not use: prices of a
 * currency without cents (COP, CLP) kept in its own minor units (minor-units.ts); a colour word of
 * the product's own name is not a colour filter (colour-in-name.ts); Mexico's "ocupar" is needing
 * (es-paraphrase.ts); a question by an option's plural name the vocabulary does not know lists the
 * values; "X para <verbo>" is a use, not a kind; "desarmada" answers "¿viene armada?" no (ready-answer.ts).
 */
import { describe, expect, it } from 'vitest';
import { importCatalogText } from '../../../src/shop/catalog/import/index.ts';
import { standardPhrasing } from '../../../src/shop/dialogue/spanish/es-paraphrase.ts';
import { colourInName } from '../../../src/shop/dialogue/words/colour-in-name.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { tattooCsv, tattooStoreSetup } from './tattoo-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('words', () => {
  it('a colour word of the product’s own name, in either gender, is the name', () => {
    expect(colourInName('Tinta Negra Profunda', 'negro')).toBe(true);
    expect(colourInName('Black Diamond Harness', 'black')).toBe(true);
    expect(colourInName('Máquina Rotativa Tipo Pen', 'negro')).toBe(false);
    expect(colourInName('Red Line Tape', 'navy')).toBe(false);
  });

  it('reads Mexico’s "ocupar" as needing, not "ocupar de"', () => {
    expect(standardPhrasing('ocupo unos guantes talla M')).toBe('necesito unos guantes talla M');
    expect(standardPhrasing('¿ocupan pilas los controles?')).toBe('¿necesitan pilas los controles?');
    expect(standardPhrasing('me ocupo de eso luego')).toBe('me ocupo de eso luego');
  });
});

describe('a Colombian shop in pesos', () => {
  const t = useTestStore('sqlite');

  it('keeps whole pesos: a price is not read as cents of a currency that has none', async () => {
    await importCatalogText(t.store.db, tattooCsv(), { name: 'tattoo.csv', currency: 'CLP' });
    const v = await t.store.db
      .selectFrom('variants')
      .select('price_cents')
      .where('sku', 'like', '%')
      .orderBy('price_cents', 'desc')
      .executeTakeFirstOrThrow();
    expect(v.price_cents).toBe(2900000);
  });

  it('asks values by an unknown plural option name, a use after "para", a name with a colour, "armada"', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, tattooCsv());
    await tattooStoreSetup(t.store.db);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('muéstrame los grips desechables');
    const values = await c.say('¿qué diámetros manejan?');
    expect(values.calls.map((x) => x.name)).not.toContain('search_products');
    expect(values.text).toMatch(/25 mm/);
    expect(values.text).toMatch(/30 mm/);
    const use = await (await RealConversation.guest(t.store.db, 'es')).say('busco lámparas para tatuar');
    expect(use.text).toMatch(/Lámpara LED de Aro/);
    const named = await (await RealConversation.guest(t.store.db, 'es')).say(
      'quiero ver la tinta negra profunda',
    );
    expect(named.text).toMatch(/^Encontré uno: Tinta Negra Profunda/);
    expect(named.text).toMatch(/60\.000/);
    const d = await RealConversation.guest(t.store.db, 'es');
    await d.say('enséñame la camilla');
    const ready = await d.say('¿llega armada?');
    expect(ready.text).toMatch(/^No\b/);
  });
});

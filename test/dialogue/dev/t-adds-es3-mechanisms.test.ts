/**
 * Branch t-adds-es3's mechanisms (Spanish cart writes on English-only catalogs), each pinned on
 * invented products and phrasings of its own:
 * - a size whose label goes before its figure ("US 5.5", "Waist 34") said with the figure first
 *   ("talla cinco y media US", "five and a half US") is that size (size-forms.ts);
 * - a half said before its unit ("media onza") is the decimal a catalog writes ("0.5 oz") as well
 *   as the fraction another writes ("1/2 in") (sizes.ts fractionMeasure);
 * - a one-word name written in two pieces ("ma'amoul" for "Maamoul") is read as the name
 *   (free-words.ts joinSplitNames);
 * - the shopper's own word for a product, found in the dictionary ("jengibre" → ginger), is kept
 *   when it turns a narrowing of the last search into a request naming the product or its kind
 *   ("escobilla" → brush) (engine.ts);
 * - a figure after a size cue ("talla cinco", "size five") or alone after a refusal ("entonces la
 *   seis", "the six then") names the one size written with a word before it ("Size 6")
 *   (sizes.ts withLabel, answers-question.ts sizeNamed, resolve.ts matchSize);
 * - "échame", "échalo", "écheme" put the thing in the cart (es-paraphrase.ts);
 * - "grande" / "pequeño" (read as the letter sizes L / S) of a product sized by measure is its
 *   biggest / smallest measure, alone or as one item of several (sizes.ts letterSaidAsRelative);
 * - "y también el X" after "¿Cuál?" is one more thing, not the answer: the count of the question
 *   is not its count (answers-question.ts).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridProduct, gridRow } from './variant-grid.ts';

const product = gridProduct;

const CATALOG = shopifyCsv(
  [
    product('Pirouette Dance Shoes', 'Shoes', 55, { options: { Size: ['US 5', 'US 5.5', 'US 6'] } }),
    product('Pirouette Rehearsal Trousers', 'Trousers', 40, {
      options: { Size: ['Waist 30', 'Waist 34'] },
    }),
    product('Calmleaf Lavender Oil', 'Oils', 9, { options: { Size: ['0.5 oz', '2 oz'] } }),
    product('Calmleaf Rosemary Oil', 'Oils', 8, { options: { Size: ['2 oz', '4 oz'] } }),
    product('Ovenly Maamoul Mold', 'Molds', 14, { options: { Shape: ['Round', 'Oval'] } }),
    product('Ovenly Mooncake Mold', 'Molds', 16, { options: { Shape: ['Round', 'Oval'] } }),
    product('Ovenly Cookie Cutters', 'Molds', 9),
    product('Pirouette Practice Skirt', 'Skirts', 30, {
      options: { Size: ['Size 4', 'Size 5', 'Size 6'] },
      soldOut: ['Size 5'],
    }),
    product('Pirouette Foam Roller', 'Rollers', 25, { options: { Size: ['30 cm', '90 cm'] } }),
    product('Pirouette Leotard', 'Leotards', 35, { options: { Size: ['S', 'M', 'L'] } }),
    product('Scrubwell Toilet Brush', 'Brushes', 15, {
      options: { Color: ['White', 'Sage'] },
      soldOut: ['Sage'],
    }),
    product('Scrubwell Dish Brush', 'Brushes', 5, { options: { Color: ['White', 'Black'] } }),
    product('Calmleaf Ginger Root', 'Spices', 6, { options: { Size: ['2 oz', '4 oz'] } }),
    product('Calmleaf Turmeric Powder', 'Spices', 7, { options: { Size: ['2 oz', '4 oz'] } }),
  ].map(gridRow),
  600,
);

const optionsOf = async (c: RealConversation) =>
  (await c.cart()).view.items.map(
    (i) => `${i.name} ${[i.size, i.color, ...Object.values(i.options ?? {})].filter(Boolean).join('/')}`,
  );

describe('a size label said after its figure, a half before its unit', () => {
  const t = useTestStore('sqlite');
  const orders: [lang: 'es' | 'en', say: string, want: string][] = [
    [
      'es',
      'baila en tarima, así que las zapatillas de danza en talla cinco y media US',
      'Pirouette Dance Shoes US 5.5',
    ],
    ['es', 'unos pantalones de ensayo, treinta y cuatro cintura', 'Pirouette Rehearsal Trousers Waist 34'],
    [
      'en',
      'she dances on a sprung floor, so the dance shoes, five and a half US',
      'Pirouette Dance Shoes US 5.5',
    ],
    ['es', 'ponme el aceite de lavanda, media onza', 'Calmleaf Lavender Oil 0.5 oz'],
  ];
  for (const [lang, say, want] of orders) {
    it(`"${say}" adds ${want}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang);
      await c.say(say);
      expect(await optionsOf(c)).toEqual([want]);
    });
  }
});

describe('a name written in two pieces', () => {
  const t = useTestStore('sqlite');
  const orders: [lang: 'es' | 'en', say: string, want: string][] = [
    ['es', "ponme el molde de ma'amoul redondo y los cortadores de galletas", 'Ovenly Maamoul Mold Round'],
    ['en', "add the round ma'amoul mold and the cookie cutters", 'Ovenly Maamoul Mold Round'],
  ];
  for (const [lang, say, want] of orders) {
    it(`"${say}" adds ${want}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang);
      await c.say(say);
      expect(await optionsOf(c)).toEqual([want, 'Ovenly Cookie Cutters ']);
    });
  }
});

describe("the shopper's word for a product names it", () => {
  const t = useTestStore('sqlite');
  it('"una escobilla en verde salvia" after a search asks for the brushes in sage (sold out)', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('¿qué aceites tenéis?');
    const r = await c.say('una escobilla en verde salvia, por favor');
    expect(r.calls.find((x) => x.name === 'search_products')?.input).toMatchObject({ category: 'brush' });
    expect(r.text).toMatch(/agotad/);
  });
  for (const say of ['también jengibre, el de cuatro onzas', 'y cúrcuma, la de cuatro onzas']) {
    it(`"${say}" after a search adds the 4 oz`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, 'es');
      await c.say('¿qué aceites tenéis?');
      await c.say(say);
      expect(await optionsOf(c)).toEqual([
        say.includes('jengibre') ? 'Calmleaf Ginger Root 4 oz' : 'Calmleaf Turmeric Powder 4 oz',
      ]);
    });
  }
});

describe('the figure alone names a labelled size after a refusal', () => {
  const t = useTestStore('sqlite');
  const turns: [lang: 'es' | 'en', first: string, then: string][] = [
    ['es', 'ponme la falda de ensayo en talla cinco', 'vaya. entonces la seis, ya crecerá'],
    ['es', 'échame la falda de ensayo, la cinco', 'bueno, pues la seis'],
    ['en', 'add the practice skirt in size five', 'oh well, the six then'],
  ];
  it('"de seis" of another product is no labelled size ("de" is no word for size)', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('mete también el molde de mooncake de seis, el redondo');
    expect(await optionsOf(c)).toEqual(['Ovenly Mooncake Mold Round']);
  });
  for (const [lang, first, then] of turns) {
    it(`"${first}" is refused, "${then}" adds Size 6`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang);
      const refused = await c.say(first);
      expect(refused.text).toMatch(/agotad|sold out/i);
      await c.say(then);
      expect(await optionsOf(c)).toEqual(['Pirouette Practice Skirt Size 6']);
    });
  }
});

describe('big and small of a product sized by measure', () => {
  const t = useTestStore('sqlite');
  const orders: [say: string, want: string[]][] = [
    ['ponme el rodillo de espuma grande', ['Pirouette Foam Roller 90 cm']],
    ['ponme el rodillo de espuma pequeño', ['Pirouette Foam Roller 30 cm']],
    [
      'agrégame el rodillo de espuma grande y el aceite de lavanda de dos onzas',
      ['Pirouette Foam Roller 90 cm', 'Calmleaf Lavender Oil 2 oz'],
    ],
  ];
  for (const [say, want] of orders) {
    it(`"${say}" adds ${want.join(' and ')}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, 'es');
      await c.say(say);
      expect(await optionsOf(c)).toEqual(want);
    });
  }
});

describe('"and also" after "which one?" is another thing', () => {
  const t = useTestStore('sqlite');
  const turns: [lang: 'es' | 'en', first: string, then: string][] = [
    ['es', 'ponme tres aceites', "y también el molde de ma'amoul redondo, para la abuela"],
  ];
  for (const [lang, first, then] of turns) {
    it(`"${then}" adds one`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang);
      const which = await c.say(first);
      expect(which.text).toMatch(/Calmleaf Lavender Oil/);
      await c.say(then);
      const items = (await c.cart()).view.items;
      expect(items.map((i) => i.quantity)).toEqual([1]);
      expect(await optionsOf(c)).toEqual(['Ovenly Maamoul Mold Round']);
    });
  }
});

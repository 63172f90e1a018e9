/**
 * The general mechanisms of branch dlg-en9, each through the real importer, tool loop and shop on a
 * small store of our own (not the lapidary or soap sets' lines), plus the pure readers they rest on:
 * option values said in other words (inches spelt out beside a fraction, a half inch, a weight said
 * in pounds, a colour option named "Shade", a shade by another name), a sold-out measure refused with what is in stock and
 * never read as a count, "the <brand> one" of a list, store services by their retail names routed to the policy text, and the
 * hand-over offered in words when no tool step is left.
 */
import { describe, expect, it } from 'vitest';
import { optionRole } from '../../../src/shop/catalog/options.ts';
import { relevantSentences } from '../../../src/shop/dialogue/answers/policy-answer.ts';
import type { ProductInfo } from '../../../src/shop/dialogue/results.ts';
import { matchColor } from '../../../src/shop/dialogue/steps/resolve.ts';
import { EXTRA_PATTERNS } from '../../../src/shop/dialogue/understand/intents-extra.ts';
import { optionPhrase } from '../../../src/shop/dialogue/variants/option-phrase.ts';
import { numberTokens } from '../../../src/shop/dialogue/words/numbers.ts';
import { policySentences } from '../../../src/shop/tools/store-info.ts';
import { useTestStore } from '../../store/databases.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

const csv = () =>
  shopifyCsv(
    [
      gridRow({
        handle: 'hose-clamp',
        title: 'Steel Hose Clamp',
        body: '<p>A worm-drive hose clamp in stainless steel.</p>',
        vendor: 'Clampco',
        type: 'Clamps',
        tags: 'clamp, hose',
        price: 4,
        options: { Width: ['3"', '5"'], Bore: ['1/4"', '3/4"'] },
      }),
      gridRow({
        handle: 'spring-clamp',
        title: 'Spring Hose Clamp',
        body: '<p>A spring band clamp for thin hoses.</p>',
        vendor: 'Tightwell',
        type: 'Clamps',
        tags: 'clamp, hose',
        price: 3,
        options: { Color: ['Midnight Blue', 'Charcoal'] },
      }),
      gridRow({
        handle: 'potting-soil',
        title: 'Peat Free Potting Soil',
        body: '<p>A peat free compost for pots and containers. The bag is resealable.</p>',
        vendor: 'Greenleaf',
        type: 'Soil',
        tags: 'soil, compost',
        price: 9,
        options: { Weight: ['5 lb', '20 lb', '40 lb'] },
        soldOut: ['40 lb'],
      }),
      gridRow({
        handle: 'leaf-bag',
        title: 'Garden Leaf Bag',
        body: '<p>A reusable bag for leaves and clippings.</p>',
        vendor: 'Greenleaf',
        type: 'Bags',
        tags: 'bag, leaves',
        price: 12,
      }),
      gridRow({
        handle: 'chalk-paint',
        title: 'Chalk Finish Paint',
        body: '<p>A matte chalk paint for furniture.</p>',
        vendor: 'Greenleaf',
        type: 'Paint',
        tags: 'paint, chalk',
        price: 15,
        options: { Shade: ['Dusty Rose', 'Deep Navy'] },
        soldOut: ['Dusty Rose'],
      }),
    ],
    500,
  );

const POLICY =
  'Orders ship in 3 days. Free collection from our yard: anyone can pickup on weekdays. Returns within 21 days.';

const opts = { timeout: DEV_SET_TIMEOUT_MS };

describe('dlg-en9 mechanisms: readers', () => {
  it('a value of several tokens (a fraction) is not read again by another option', () => {
    const clamp = {
      options: [
        { name: 'Width', values: ['3"', '5"'].map((value) => ({ value, inStock: true })) },
        { name: 'Bore', values: ['1/4"', '3/4"'].map((value) => ({ value, inStock: true })) },
      ],
    };
    expect(optionPhrase('the 5 inch clamp with a 3/4 bore', clamp)).toEqual({
      options: { Width: '5"', Bore: '3/4"' },
    });
  });

  it('"a half inch" is the fraction a catalog writes 1/2', () => {
    expect(numberTokens(['a', 'half', 'inch', 'bit'], 'en').map((n) => n.text)).toContain('2');
    expect(numberTokens(['media', 'pulgada'], 'es').map((n) => n.text)).toEqual(['1', '2', 'pulgada']);
    // "One and a half" stays the whole's.
    expect(numberTokens(['two', 'and', 'a', 'half', 'inch'], 'en').map((n) => n.text)).not.toContain('1');
  });

  it('an option named Shade or Hue holds colours', () => {
    expect(optionRole('Shade')).toBe('color');
    expect(optionRole('Hue')).toBe('color');
    expect(optionRole('Tint')).toBeNull();
  });

  it("a colour slot naming a shade picks the product's one colour of that family", () => {
    const p = {
      colors: [
        { color: 'Midnight Blue', inStock: true },
        { color: 'Charcoal', inStock: true },
      ],
    } as unknown as ProductInfo;
    expect(matchColor(p, 'navy')).toBe('Midnight Blue');
    expect(matchColor(p, 'azul marino')).toBe('Midnight Blue');
    expect(matchColor(p, 'olive')).toBeUndefined();
  });

  it('store services by their retail names are policy questions, in both languages', () => {
    for (const q of [
      'will you price match a competitor',
      'is gift wrapping available',
      'do you offer layaway',
    ])
      expect(EXTRA_PATTERNS.en.policy.test(q), q).toBe(true);
    for (const q of ['igualais precios de otras tiendas', 'lo podeis envolver para regalo'])
      expect(EXTRA_PATTERNS.es.policy.test(q), q).toBe(true);
  });

  it('a question of no topic reads the whole policy, and "pick up" meets "pickup"', () => {
    expect(policySentences(POLICY, 'other')).toHaveLength(3);
    expect(relevantSentences(POLICY, 'can i pick up at the yard', 'en', true, 'other')).toEqual([
      'Free collection from our yard: anyone can pickup on weekdays.',
    ]);
  });
});

describe('dlg-en9 mechanisms: conversations', () => {
  const t = useTestStore('sqlite');

  async function play(script: DevScript) {
    await loadOutdoor(t.store.db, csv());
    const r = await playScript(t.store.db, script, POLICY);
    expect(r.misses).toEqual([]);
  }

  it('a weight said in pounds is a value, sold out or not, never a count', opts, async () => {
    await play({
      name: 'pounds',
      language: 'en',
      steps: [
        { say: 'show me potting soil', shown: { some: /Potting Soil/ } },
        {
          say: "I'll take forty pounds of that",
          reply: [/sold out/i, /5 lb|20 lb/],
          args: { add_to_cart: { quantity: 1 } },
          cart: [],
        },
        {
          say: 'then twenty pounds of it',
          cart: [{ name: /Potting Soil/, quantity: 1, options: { Weight: '20 lb' } }],
        },
      ],
    });
  });

  it('a colour family said of a Shade option: refused when sold out, added when not', opts, async () => {
    await play({
      name: 'shade',
      language: 'en',
      steps: [
        { say: 'do you have chalk paint', shown: { some: /Chalk Finish Paint/ } },
        { say: 'the pink one please', reply: [/sold out/i, /Deep Navy/], cart: [] },
        { say: 'the blue one then', cart: [{ name: /Chalk Finish Paint/, color: 'Deep Navy' }] },
      ],
    });
  });

  it(
    '"the <brand> one" picks that one of the list; a shade by another name is its family',
    opts,
    async () => {
      await play({
        name: 'brand one, navy',
        language: 'en',
        steps: [
          { say: 'show me hose clamps', shown: { some: /Spring Hose Clamp/ } },
          {
            say: 'tell me about the Tightwell one',
            calls: ['get_product'],
            notCalls: ['search_products'],
            reply: [/Spring Hose Clamp/],
          },
          { say: 'add one in navy', cart: [{ name: /Spring Hose Clamp/, color: 'Midnight Blue' }] },
        ],
      });
    },
  );

  it("a product named by one word the focus product's text uses is a part of the focus", opts, async () => {
    await play({
      name: 'part of focus',
      language: 'en',
      steps: [
        { say: 'tell me about the potting soil', reply: [/Potting Soil/] },
        {
          say: 'can the bag be resealed?',
          notCalls: ['search_products'],
          reply: [/Potting Soil/, /resealable/],
          notReply: [/Leaf Bag/],
        },
      ],
    });
  });

  it(
    'services: answered from the policy when it says, a person offered when not, no search',
    opts,
    async () => {
      await play({
        name: 'services',
        language: 'en',
        steps: [
          { say: 'can I pick up from your yard?', notCalls: ['search_products'], reply: [/yard/] },
          { say: 'will you price match?', notCalls: ['search_products'], reply: [/person/] },
          { say: 'show me potting soil', shown: { some: /Potting Soil/ } },
          { say: 'is there a warranty on it?', notCalls: ['search_products'], reply: [/person/] },
        ],
      });
    },
  );
});

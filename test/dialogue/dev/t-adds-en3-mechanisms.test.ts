/**
 * The general mechanisms of branch t-adds-en3 (English cart writes), on an invented angling shop
 * of our own (t-adds-en3-catalog.ts), played through the real importer and tool loop: a size
 * written word-then-figure said figure-first ("thirty two waist" → "Waist 32"), "half an ounce"
 * as the catalog's "0.5 oz" (never "2 oz"), "only two of us" counting people not the product,
 * "forget the X" removing it, a save for later naming its line beside a word of another clause,
 * a shade the catalog spells otherwise chosen after a refusal ("navy" → Blue keeping the size,
 * "charcoal" → Black), and a product named with its sold-out colour refused though the colour's
 * search showed other products too, and "the longest you do" is the longest made (refused when
 * sold out), not the longest the search's card listed in stock; a product with nothing in stock
 * is refused with the products like it that are; several products each named with a value of its
 * own are ordered without a verb of adding, a figure with the word of a pack ("twenty five hooks")
 * being the pack, not a count; the last part of a title's compound word ("handling" of "Fishhandling")
 * names that title; "my greens" names clothes owned, never a colour asked for.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { anglingCsv } from './t-adds-en3-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('t-adds-en3 mechanisms', () => {
  const t = useTestStore('sqlite');
  const opts = { timeout: DEV_SET_TIMEOUT_MS };

  async function play(script: DevScript) {
    await loadOutdoor(t.store.db, anglingCsv());
    const r = await playScript(t.store.db, script);
    expect(r.misses).toEqual([]);
  }

  it('a size written "Waist 32" said figure-first; "half an ounce" is 0.5 oz', opts, async () => {
    await play({
      name: 'figure first, half an ounce',
      language: 'en',
      steps: [
        {
          say: 'my old ones leak. wading trousers, thirty two waist',
          cart: [{ name: /Wading Trousers/, size: 'Waist 32' }],
        },
        {
          say: 'and get me the bait dye, half an ounce',
          cart: [{ name: /Wading Trousers/ }, { name: /Bait Dye/, size: '0.5 oz' }],
        },
      ],
    });
  });

  it('"a half ounce" is never the 2 oz its denominator spells', opts, async () => {
    await play({
      name: 'a half ounce',
      language: 'en',
      steps: [{ say: 'add the bait dye, a half ounce', cart: [{ name: /Bait Dye/, size: '0.5 oz' }] }],
    });
  });

  it('"only two of us" is no count; "forget the X" removes it', opts, async () => {
    await play({
      name: 'people, forget',
      language: 'en',
      steps: [
        {
          say: 'add the landing net, there are only two of us',
          cart: [{ name: /Landing Net/, quantity: 1 }],
        },
        { say: 'and the float set', cart: [{ name: /Landing Net/ }, { name: /Float Set/ }] },
        { say: 'forget the landing net, we never catch anything', cart: [{ name: /Float Set/ }] },
      ],
    });
  });

  it(
    'a save for later names its line though another clause says a word of another product',
    opts,
    async () => {
      await play({
        name: 'park for later',
        language: 'en',
        steps: [
          { say: 'add the landing net', cart: [{ name: /Landing Net/ }] },
          { say: 'and the float set', cart: [{ name: /Landing Net/ }, { name: /Float Set/ }] },
          { say: 'forget the landing net', cart: [{ name: /Float Set/ }] },
          {
            say: 'and park the floats for later, nets first',
            args: { save_item: { productId: 'p_riverbend-float-set' } },
            cart: [],
          },
        ],
      });
    },
  );

  it('after a refusal a shade the catalog spells otherwise is its colour, the size kept', opts, async () => {
    await play({
      name: 'navy after refusal',
      language: 'en',
      steps: [
        { say: 'the large tackle box in green', cart: [], reply: [/sold out/i] },
        {
          say: 'hmm, two of the navy ones then, same size',
          cart: [{ name: /Tackle Box/, size: 'Large', color: 'Blue', quantity: 2 }],
        },
      ],
    });
  });

  it('"the longest you do" asks for the longest made, refused when sold out', opts, async () => {
    await play({
      name: 'longest made',
      language: 'en',
      steps: [
        { say: 'ok. the keepnet, the longest you do', cart: [], reply: [/sold out/i, /\b3 m\b/] },
        { say: 'the three metre then', cart: [{ name: /Keepnet/, options: { Length: '3 m' } }] },
      ],
    });
  });

  it('"the longest one" answering "which length?" picks among the values asked about', opts, async () => {
    await play({
      name: 'longest asked',
      language: 'en',
      steps: [
        { say: 'what keepnets do you have', shown: { some: /Keepnet/ } },
        { say: 'then add that one', cart: [], reply: [/length/i] },
        {
          say: 'go for the longest one then',
          cart: [{ name: /Keepnet/, options: { Length: '3 m' } }],
        },
      ],
    });
  });

  it(
    '"the biggest one, in orange" of a product named reads every value, then adds or refuses',
    opts,
    async () => {
      await play({
        name: 'biggest made, with a colour',
        language: 'en',
        steps: [
          { say: 'then the bait bucket, the biggest one, in orange', cart: [], reply: [/sold out/i] },
          {
            say: 'the ten litre then, still orange',
            cart: [{ name: /Bait Bucket/, color: 'Orange', options: { Capacity: '10 L' } }],
          },
        ],
      });
    },
  );

  it(
    'a product with nothing in stock, wished for or named, is refused with products like it',
    opts,
    async () => {
      await play({
        name: 'nothing left',
        language: 'en',
        steps: [
          {
            say: "I'd love a bite alarm for night sessions",
            cart: [],
            reply: [/sold out/i, /Bite Indicator/],
          },
          { say: 'and the bite alarm please', cart: [], reply: [/sold out/i, /Bite Indicator/] },
        ],
      });
    },
  );

  it(
    'several products each named with a value of its own are ordered without a verb; "twenty five hooks" is the pack',
    opts,
    async () => {
      await play({
        name: 'several without a verb',
        language: 'en',
        steps: [
          {
            say: 'the rain jacket in large for him, and the twenty five micro hooks',
            cart: [
              { name: /Rain Jacket/, size: 'L', quantity: 1 },
              { name: /Micro Hooks/, options: { Pack: '25 Hooks' }, quantity: 1 },
            ],
          },
        ],
      });
    },
  );

  it('the last part of a compound word of a title names it ("handling gloves")', opts, async () => {
    await play({
      name: 'compound tail',
      language: 'en',
      steps: [
        {
          say: 'my old pair finally fell apart. large handling gloves please',
          cart: [{ name: /Fishhandling Gloves/, size: 'L' }],
        },
      ],
    });
  });

  it('"my greens" is clothes the shopper owns, not a colour asked for', opts, async () => {
    await play({
      name: 'owned colour',
      language: 'en',
      steps: [
        {
          say: 'my greens are worn out too. wading trousers, thirty four waist',
          cart: [{ name: /Wading Trousers/, size: 'Waist 34' }],
        },
      ],
    });
  });

  it(
    '"the one that runs longest" of a product named is its own longest value, read in full',
    opts,
    async () => {
      await play({
        name: 'runs longest',
        language: 'en',
        steps: [
          { say: 'and a spare battery, the one that runs longest', cart: [], reply: [/sold out/i, /2000/] },
          {
            say: 'ugh. the smaller one then',
            cart: [{ name: /Spare Battery/, options: { Capacity: '2000 mAh' } }],
          },
        ],
      });
    },
  );

  it('"the ten hook one" is the pack "10 Hooks", not ten of them', opts, async () => {
    await play({
      name: 'pack by its count',
      language: 'en',
      steps: [
        { say: 'what gloves do you have', shown: { some: /Gloves/ } },
        {
          say: 'plus the micro hooks, the ten hook one, for my brother',
          cart: [{ name: /Micro Hooks/, options: { Pack: '10 Hooks' }, quantity: 1 }],
        },
      ],
    });
  });

  it(
    'a product named in its sold-out colour is refused; "the charcoal coloured one" is its black',
    opts,
    async () => {
      await play({
        name: 'sold-out colour, charcoal',
        language: 'en',
        steps: [
          { say: 'a rod sock in olive please', cart: [], reply: [/sold out/i, /white|black/i] },
          { say: 'the charcoal coloured one then', cart: [{ name: /Rod Sock/, color: 'Black' }] },
        ],
      });
    },
  );
});

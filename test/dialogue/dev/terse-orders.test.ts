/**
 * Issue 12's round-10 mechanisms on an invented pottery store, through the real importer, tool
 * loop and shop: a bare noun phrase naming a variant of the one product its search found is an
 * order (a sold-out size, colour or weight, which no search card lists, is refused with what is in
 * stock), while a question or a browsing sentence stays a search; and "two bags of …" counts the
 * product instead of finding the shop's bag.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { potteryCsv } from './pottery-catalog.ts';

const SOLD_OUT = /sold out|out of stock/i;

describe('terse orders and counted containers (pottery store)', () => {
  const t = useTestStore('sqlite');

  it('a bare "X, value" orders that variant: sold-out letter size, colour and weight are refused', async () => {
    await loadOutdoor(t.store.db, potteryCsv());
    const r = await playScript(t.store.db, {
      name: 'terse-sold-out',
      language: 'en',
      steps: [
        // M is sold out, so no card lists it: "medium" must still reach the shop as size M.
        { say: 'canvas studio apron, medium', cart: [], reply: [SOLD_OUT, /\bS\b|\bL\b/] },
        { say: 'a large then', cart: [{ name: /Studio Apron/, size: 'L', quantity: 1 }] },
        {
          say: 'an underglaze pencil in red',
          cart: [{ name: /Studio Apron/ }],
          reply: [SOLD_OUT, /cobalt|black/i],
        },
        {
          say: 'stoneware clay, the twenty five pound',
          cart: [{ name: /Studio Apron/ }],
          reply: [SOLD_OUT, /10 lb/],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });

  it('an in-stock variant said bare is added as before; a question or a browsing sentence is not', async () => {
    await loadOutdoor(t.store.db, potteryCsv());
    const r = await playScript(t.store.db, {
      name: 'terse-in-stock',
      language: 'en',
      steps: [
        { say: 'do you have the underglaze pencil in cobalt?', notCalls: ['add_to_cart'], cart: [] },
        { say: 'show me underglaze pencils in black', notCalls: ['add_to_cart'], cart: [] },
        {
          say: 'underglaze pencil, cobalt',
          cart: [{ name: /Underglaze Pencil/, color: 'Cobalt', quantity: 1 }],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });

  it('"two bags of" and "a pack of" count the product named after them, never the carry bag', async () => {
    await loadOutdoor(t.store.db, potteryCsv());
    const r = await playScript(t.store.db, {
      name: 'counted-containers',
      language: 'en',
      steps: [
        {
          say: 'add a pack of the cone 6 witness cones and two bags of the sea blue sponges',
          cart: [
            { name: /Witness Cones/, options: { Cone: 'Cone 6' }, quantity: 1 },
            { name: /Sponge Soft Pads/, color: 'Sea Blue', quantity: 2 },
          ],
          notReply: [/Carry Bag/],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });

  it('"do the needles come with the tool carry bag?" asks about the needles, not the bag named last', async () => {
    await loadOutdoor(t.store.db, potteryCsv());
    const r = await playScript(t.store.db, {
      name: 'inverted-subject',
      language: 'en',
      steps: [
        { say: 'show me the tool carry bag', shown: { some: /Carry Bag/ } },
        {
          say: 'do the needles come with the tool carry bag?',
          reply: [/\bno\b|\bnot\b/i, /needles/i],
          notReply: [/^\W*yes\b/i],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });
});

/**
 * The general mechanisms written from round 8's English failures (issue 12), each on the
 * outdoor-gear development store through the real importer, tool loop and shop, in wording of our
 * own: a whole variant named after a one-product search is an add (a sold-out one refused with what
 * is in stock); "an 11" is a size, not eleven; a colour family said of the product in focus; items
 * split at "and"; "hang on to … for later"; "ship it to …" and "put the order through"; a price
 * asked of a named variant is no order.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { outdoorCsv } from './outdoor-catalog.ts';

const SOLD_OUT = /sold out|out of stock/i;

describe('round 8 mechanisms on the outdoor store', () => {
  const t = useTestStore('sqlite');

  it('a whole variant named without a verb is an add; "an 11" is the size; refusals name what is in stock', async () => {
    await loadOutdoor(t.store.db, outdoorCsv());
    const r = await playScript(t.store.db, {
      name: 'whole-variant',
      language: 'en',
      steps: [
        // Ridge Walker 11 in Black is sold out: refused, nothing added, in-stock values named.
        {
          say: 'the ridge walker boots in black, an 11',
          cart: [],
          reply: [SOLD_OUT, /brown|\b(9|10|12)\b/i],
        },
        {
          say: 'brown works, keep it an 11',
          cart: [{ name: /Ridge Walker/, size: '11', color: 'Brown', quantity: 1 }],
        },
        // Stormshell medium in red is sold out; the colour and size alone choose it.
        {
          say: 'now the stormshell rain jacket, medium, in red',
          cart: [{ name: /Ridge Walker/ }],
          reply: [SOLD_OUT],
        },
        {
          say: 'and the Summit Pack, how much in long?',
          notCalls: ['add_to_cart'],
          reply: [/189/],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });

  it('a colour family said of the product in focus after a list goes to that product', async () => {
    await loadOutdoor(t.store.db, outdoorCsv());
    const r = await playScript(t.store.db, {
      name: 'focus-colour',
      language: 'en',
      steps: [
        { say: 'show me tents', shown: { some: /Ridgeline/ } },
        { say: 'tell me about the ridgeline', calls: ['get_product'] },
        {
          say: 'I think I like the green one',
          cart: [{ name: /Ridgeline/, color: 'Moss', quantity: 1 }],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });

  it('several items with counts, saving one for later, and a checkout said as where it ships', async () => {
    await loadOutdoor(t.store.db, outdoorCsv());
    const r = await playScript(t.store.db, {
      name: 'items-later-checkout',
      language: 'en',
      steps: [
        {
          say: 'toss in a couple of the alu trail poles and a jetflame stove',
          cart: [
            { name: /Alu Trail/, quantity: 2 },
            { name: /Jetflame/, quantity: 1 },
          ],
        },
        {
          say: 'actually hang on to the stove for later',
          calls: ['save_item'],
          cart: [{ name: /Alu Trail/, quantity: 2 }],
        },
        { say: 'great, ship it to Boise please', calls: ['prepare_order'], reply: [/\$118\.00/] },
        { say: 'yes, put the order through', orderStatus: 'placed' },
      ],
    });
    expect(r.misses).toEqual([]);
  });
});

/**
 * The English mechanisms of branch dlg-en4, on the surf and skate development store (not the
 * astronomy and baseball sets they were found on), in wording of our own: a measured value said
 * alone belongs to the product in view that has it, sold-out values included (a list shows only
 * the values in stock, so the products measured in that unit are read whole first); a kind said
 * (the value of the product in focus is asked of it, not searched by its unit).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { surfCsv } from './surf-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

const SOLD_OUT = /sold out|out of stock/i;
const NO_SEARCH = ['search_products'];

describe('a measured value said alone (dlg-en4) on the surf store', () => {
  const t = useTestStore('sqlite');

  it('a value of one product of the list shown: its stock asked, then one picked', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, surfCsv());
    const r = await playScript(t.store.db, {
      name: 'value of a listed product',
      language: 'en',
      steps: [
        { say: 'show me wheels', shown: { category: 'wheels' } },
        // 56 mm is sold out, so the list never showed it: the wheels are read whole first.
        { say: 'is the 56 mm one in stock?', notCalls: NO_SEARCH, reply: [SOLD_OUT], cart: [] },
        { say: 'ok the 54 mm one', cart: [{ name: /Street Wheels/, options: { Diameter: '54 mm' } }] },
      ],
    });
    expect(r.misses).toEqual([]);
  });

  it('a value of the product just added is asked of it, not searched by its unit', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, surfCsv());
    const r = await playScript(t.store.db, {
      name: 'value of the focus',
      language: 'en',
      steps: [
        { say: 'add the comp leash, 6 foot', cart: [{ name: /Comp Leash/, options: { Length: "6'" } }] },
        {
          say: 'do you have the 9 foot one?',
          notCalls: NO_SEARCH,
          reply: [SOLD_OUT],
          cart: [{ name: /Comp Leash/, options: { Length: "6'" } }],
        },
      ],
    });
    expect(r.misses).toEqual([]);
  });
});

/**
 * Through the real importer, tool loop and shop: a product saved for later while in the cart
 * leaves the cart; a question about shipping once there is an order tracks that order, and
 * "cancel it" then cancels it after a yes (pharmacy store, issue 12).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor, playScript } from './harness.ts';
import { pharmacyCsv } from './pharmacy-catalog.ts';

describe('cart follow-ups on the pharmacy store', () => {
  const t = useTestStore('sqlite');
  it('save for later moves the line; shipping and cancel follow the order', async () => {
    await loadOutdoor(t.store.db, pharmacyCsv());
    const r = await playScript(t.store.db, {
      name: 'cart-later',
      language: 'en',
      steps: [
        { say: 'add the reusable gel ice pack', cart: [{ name: /Ice Pack/ }] },
        { say: 'add the monthly pill organizer', cart: [{ name: /Ice Pack/ }, { name: /Monthly/ }] },
        {
          say: 'keep the monthly pill organizer for later',
          calls: ['save_item'],
          cart: [{ name: /Ice Pack/ }],
        },
        { say: 'check out', calls: ['prepare_order'] },
        { say: 'yes', orderStatus: 'placed' },
        { say: 'when will it arrive?', calls: ['order_status'] },
        { say: 'changed my mind, cancel it', calls: ['cancel_order'], orderStatus: 'placed' },
        { say: 'yes', orderStatus: 'cancelled' },
      ],
    });
    expect(r.misses).toEqual([]);
  });
});

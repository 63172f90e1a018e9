/**
 * Through the real importer, tool loop and shop, on the kitchen store: cart lines said by words
 * of their names, a read-back with the total, save for later out of the cart, a checkout that
 * states where it goes, the order tracked and cancelled after a yes by vague references while it
 * is the topic, a person asked for, and a pick from a list that keeps the colour the list was
 * searched in. English and Spanish (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { kitchenCsv } from './kitchen-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

const ORDER_ID = /\bO-?\d{4,}/;

const EN: DevScript = {
  name: 'orders-cart',
  language: 'en',
  steps: [
    { say: 'add the Kasumi Paring Knife', cart: [{ name: /Paring/ }] },
    { say: 'add the Everyday Serrated Bread Knife too', cart: [{ name: /Paring/ }, { name: /Bread/ }] },
    {
      say: 'and the Brewline French Press 8 Cup',
      cart: [{ name: /Paring/ }, { name: /Bread/ }, { name: /French Press/ }],
    },
    { say: 'okay, walk me through what I have', calls: ['view_cart'], reply: [/\$109\.00/] },
    { say: 'take the bread knife back out', cart: [{ name: /Paring/ }, { name: /French Press/ }] },
    { say: 'set the press aside for later', calls: ['save_item'], cart: [{ name: /Paring/ }] },
    { say: "ring me up, it's all going to Tucson", calls: ['prepare_order'], reply: [/\$/] },
    { say: 'yes please', orderStatus: 'placed' },
    { say: 'has it left the warehouse yet?', calls: ['order_status'], reply: [ORDER_ID] },
    { say: 'you know what, call it off', calls: ['cancel_order'], orderStatus: 'placed', reply: [/cancel/i] },
    { say: 'yes', orderStatus: 'cancelled' },
    { say: 'could you connect me with someone on your staff?', calls: ['request_human'] },
    { say: 'which blenders come in black?', shown: { some: /Vortex/ } },
    { say: 'gimme the second one', cartShown: 2, cart: [{ name: /Vortex/, color: 'Black' }] },
    { say: 'show me aprons in tall', shown: { some: /Apron/ } },
    { say: "I'll take the first one", reply: [/Sage/, /Charcoal/], notReply: [/Cream/] },
    {
      say: 'sage',
      cart: [
        { name: /Vortex/, color: 'Black' },
        { name: /Apron/, size: 'Tall', color: 'Sage' },
      ],
    },
  ],
};

const ES: DevScript = {
  name: 'orders-cart',
  language: 'es',
  steps: [
    { say: 'añade el Kasumi Paring Knife', cart: [{ name: /Paring/ }] },
    {
      say: 'ponme también la Brewline French Press 8 Cup',
      cart: [{ name: /Paring/ }, { name: /French Press/ }],
    },
    { say: 'a ver, ¿cuánto suma todo lo que llevo?', calls: ['view_cart'], reply: [/84,00\sUS\$/] },
    {
      say: 'la French Press déjamela apartada para otro día',
      calls: ['save_item'],
      cart: [{ name: /Paring/ }],
    },
    { say: 'venga, cóbrame, que va todo a Valencia', calls: ['prepare_order'] },
    { say: 'sí, hazlo', orderStatus: 'placed' },
    { say: '¿por dónde anda lo mío?', calls: ['order_status'], reply: [ORDER_ID] },
    { say: 'mejor anúlalo', calls: ['cancel_order'], orderStatus: 'placed', reply: [/cancel|anul/i] },
    { say: 'sí', orderStatus: 'cancelled' },
    { say: 'añade el Kasumi Paring Knife', cart: [{ name: /Paring/ }] },
    { say: 'bah, vacíalo todo', cart: [] },
    { say: '¿me pones con alguien de la tienda?', calls: ['request_human'] },
    { say: '¿qué tenéis de Whirlmax en negro?', shown: { some: /Vortex/ } },
    { say: 'dame la más barata de las dos', cart: [{ name: /Vortex Go/, color: 'Black' }] },
  ],
};

describe('orders and the cart on the kitchen store', () => {
  const t = useTestStore('sqlite');
  it(
    'English and Spanish',
    async () => {
      await loadOutdoor(t.store.db, kitchenCsv());
      const misses = [
        ...(await playScript(t.store.db, EN)).misses,
        ...(await playScript(t.store.db, ES)).misses,
      ];
      expect(misses).toEqual([]);
    },
    DEV_SET_TIMEOUT_MS,
  );
});

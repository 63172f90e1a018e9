/**
 * Branch dlg-es5's dialogue mechanisms end to end on its development catalogs (the importer, the
 * tool loop and the shop tools): a read-back still waits for its yes after the shopper holds off
 * ("espera, que lo miro", where "un segundo" is no second product), and "¿en qué colores viene?",
 * "¿en qué pesos la tenés?" list the values of the product in focus instead of searching again.
 */
import { describe, expect, it } from 'vitest';
import { holdsOff } from '../../../src/shop/dialogue/state.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { basketballCsv } from './basketball-catalog.ts';
import { loadOutdoor } from './harness.ts';
import { padelCsv } from './padel-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('holding off a read-back', () => {
  it('tells a hold from an answer or another question', () => {
    for (const s of ['espera, que lo miro', 'mmm, déjame pensarlo un segundo', 'un momento', 'hold on a sec'])
      expect(holdsOff(s), s).toBe(true);
    for (const s of [
      'espera, no lo quiero',
      'espera, ¿cuánto tarda el envío?',
      'un segundo par de medias',
      'sí',
    ])
      expect(holdsOff(s), s).toBe(false);
  });

  const t = useTestStore('sqlite');
  it('keeps the order waiting for the yes', { timeout: DEV_SET_TIMEOUT_MS }, async () => {
    await loadOutdoor(t.store.db, padelCsv());
    const c = await RealConversation.guest(t.store.db, 'es');
    try {
      await c.say('la pala control redonda en negro');
      expect((await c.say('quiero pagar')).calls.map((x) => x.name)).toContain('prepare_order');
      const held = await c.say('mmm, déjame pensarlo un segundo');
      expect(held.calls).toEqual([]);
      expect(held.text).toMatch(/sin prisa/);
      expect((await c.say('sí, confírmalo')).calls.map((x) => x.name)).toContain('confirm_order');
      expect((await c.latestOrder())?.status).toBe('placed');
    } finally {
      await c.close();
    }
  });
});

describe('which values a product comes in', () => {
  const t = useTestStore('sqlite');
  it('lists the weights of the paddle in focus, sold-out ones apart', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, padelCsv());
    const c = await RealConversation.guest(t.store.db, 'es');
    try {
      await c.say('¿tenés paletas de ataque?');
      const r = await c.say('¿en qué pesos la tenés?');
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      expect(r.text).toMatch(/365 g y 370 g \(agotado: 360 g\)/);
    } finally {
      await c.close();
    }
  });
  it('lists the colours of the ball in focus on an English import', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, basketballCsv());
    const c = await RealConversation.guest(t.store.db, 'es');
    try {
      await c.say('muéstrame las pelotas de exterior');
      const r = await c.say('¿en qué colores viene?');
      expect(r.calls.map((x) => x.name)).toEqual(['get_product']);
      expect(r.text).toMatch(/Orange y Midnight/);
    } finally {
      await c.close();
    }
  });
});

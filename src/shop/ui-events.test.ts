import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseUiEvent, safeParseUiEvent, uiEventsJsonSchema } from './ui-events.ts';
import { UI_EVENTS_SCHEMA_PATH } from './ui-events-json.ts';

describe('UI events', () => {
  it('docs/ui-events.schema.json is current (regenerate: node src/shop/ui-events-json.ts)', async () => {
    const onDisk = JSON.parse(await readFile(UI_EVENTS_SCHEMA_PATH, 'utf8'));
    expect(onDisk).toEqual(uiEventsJsonSchema());
  });
  it('documents all five event types', () => {
    const text = JSON.stringify(uiEventsJsonSchema());
    for (const t of ['products', 'cart', 'order', 'confirm', 'research'])
      expect(text).toContain(`"const":"${t}"`);
  });
  it('accepts a valid cart event and rejects a negative price with a named path', () => {
    const cart = {
      type: 'cart',
      cart: { items: [], subtotal: 0, discount: 0, total: 0, currency: 'USD', promo: null },
    };
    expect(parseUiEvent(cart)).toEqual(cart);
    expect(() => parseUiEvent({ ...cart, cart: { ...cart.cart, total: -1 } })).toThrow(/total/);
    expect(() => parseUiEvent({ type: 'nope' })).toThrow();
  });
  it('tells a receiver why a message is not a UI event, without throwing', () => {
    const cart = {
      type: 'cart',
      cart: { items: [], subtotal: 0, discount: 0, total: 0, currency: 'USD', promo: null },
    };
    expect(safeParseUiEvent(cart)).toEqual({ event: cart });
    const bad = safeParseUiEvent({ ...cart, cart: { ...cart.cart, currency: 'dollars' } });
    expect('error' in bad && bad.error).toMatch(/cart\.currency/);
    expect(safeParseUiEvent('cart')).toHaveProperty('error');
    // RTVI omits null fields on the wire: the event the client receives still parses, promo null.
    const { promo: _none, ...wire } = cart.cart;
    expect(safeParseUiEvent({ type: 'cart', cart: wire })).toEqual({ event: cart });
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseUiEvent, UI_EVENTS_SCHEMA_PATH, uiEventsJsonSchema } from './ui-events.ts';

describe('UI events', () => {
  it('docs/ui-events.schema.json is current (regenerate: node src/shop/ui-events.ts)', async () => {
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
});

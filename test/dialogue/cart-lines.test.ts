/**
 * Which cart line a remove means, on an invented car-care store: the line with most of the words
 * said, and no line at all when the words name a product seen that is not in the cart.
 */
import { describe, expect, it } from 'vitest';
import type { CartInfo, ProductInfo } from '../../src/shop/dialogue/results.ts';
import type { DialogueState } from '../../src/shop/dialogue/state.ts';
import { resolveLine } from '../../src/shop/dialogue/steps/resolve.ts';

const product = (id: string, name: string): ProductInfo => ({ id, name, sizes: [], colors: [] });
const WAX = product('p1', 'Glossline Carnauba Paste Wax');
const MITT = product('p2', 'Glossline Microfiber Wash Mitt');
const PAD = product('p3', 'Glossline Foam Wax Applicator Pad');

const state = (lines: ProductInfo[]): { cart: CartInfo; state: DialogueState } => {
  const cart: CartInfo = {
    items: lines.map((p, i) => ({ itemId: `l${i}`, productId: p.id, name: p.name, quantity: 1 })),
  };
  return {
    cart,
    state: {
      lastResults: [],
      cart,
      known: new Map([WAX, MITT, PAD].map((p) => [p.id, p])),
      identified: false,
    },
  };
};

describe('the cart line a remove means', () => {
  it('picks the line sharing most of the words said', () => {
    const s = state([WAX, PAD]);
    expect(resolveLine({ query: 'wax applicator' }, s.cart, s.state)).toMatchObject({ productId: 'p3' });
  });
  it('finds no line when the words name a product seen but not in the cart', () => {
    const s = state([WAX]);
    expect(resolveLine({ query: 'mitt' }, s.cart, s.state)).toBeUndefined();
  });
  it('still takes the one line when the words name nothing known', () => {
    const s = state([WAX]);
    expect(resolveLine({ query: 'thing' }, s.cart, s.state)).toMatchObject({ productId: 'p1' });
  });
  it('finds no line when the words are of another catalog product, even one never shown', () => {
    const s = state([WAX]);
    // "Quita la correa de caucho": "strap", "rubber" name a product of the catalog, not the wax.
    expect(
      resolveLine({ query: 'strap rubber', queryNamed: ['strap', 'rubber'] }, s.cart, s.state),
    ).toBeUndefined();
    expect(resolveLine({ query: 'paste', queryNamed: ['paste'] }, s.cart, s.state)).toMatchObject({
      productId: 'p1',
    });
  });
});

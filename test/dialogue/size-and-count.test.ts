/**
 * A size answered with a count after a sold-out size ("ok, twelve inch then, three of them"): the
 * size's number is not the count, the count said is kept. Invented aquarium catalog, real shop tools.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useTestStore } from '../store/databases.ts';
import type { FakeProduct } from './fixtures.ts';
import { RealConversation, writeTestCatalog } from './real-shop.ts';

const AQUARIUM: FakeProduct[] = [
  {
    id: 'reefline-led-light-bar',
    name: 'Reefline LED Light Bar',
    brand: 'Reefline',
    category: 'Lighting',
    price: 39,
    currency: 'USD',
    colors: [],
    sizes: ['12 in', '18 in', '24 in'],
    attributes: ['dimmable'],
    outOfStock: ['18 in'],
  },
];

describe('a size with a count answered after the shop asked which size', () => {
  const t = useTestStore('sqlite');
  let open: RealConversation | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  it('adds the count said, not the size number and not one', async () => {
    await writeTestCatalog(t.store.db, AQUARIUM);
    const c = await RealConversation.guest(t.store.db, 'en');
    open = c;
    await c.say('show me the reefline led light bar');
    await c.say('add the 18 inch one');
    const r = await c.say('ok, twelve inch then, three of them');
    const add = r.calls.find((x) => x.name === 'add_to_cart');
    expect(add?.input, r.text).toMatchObject({ size: '12 in', quantity: 3 });
  });
});

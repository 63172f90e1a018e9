/**
 * Issue 12's option and variant mechanisms, played on the eyewear development store through the
 * real importer, tool loop and shop tools: a value said alone picks the one product shown, a
 * refusal keeps the product, ounces name fluid ounces, a value of the product in focus picks it
 * after a longer list, a colour family reaches the one shade of the product shown, and "actually
 * just two" lowers the line just added.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../store/databases.ts';
import { eyewearCsv } from './dev/eyewear-catalog.ts';
import { loadOutdoor } from './dev/harness.ts';
import { RealConversation } from './real-shop.ts';

describe('variants picked by their values (eyewear store)', () => {
  const t = useTestStore('sqlite');

  async function play(says: string[], language: 'en' | 'es' = 'en') {
    await loadOutdoor(t.store.db, eyewearCsv());
    const c = await RealConversation.guest(t.store.db, language);
    const replies: string[] = [];
    for (const say of says) replies.push((await c.say(say)).text);
    const lines = (await c.cart()).view.items.map((l) => ({
      name: l.name,
      quantity: l.quantity,
      color: l.color,
      options: l.options,
    }));
    await c.close();
    return { replies, lines };
  }

  it('a sold-out value said alone is refused; "fine, two of the two ounce" then adds the fluid ounces', async () => {
    const { replies, lines } = await play([
      'show me the anti-fog spray',
      'the eight ounce one',
      'fine, two of the two ounce',
    ]);
    expect(replies[1]).toMatch(/sold out/);
    expect(replies[1]).toMatch(/2 fl oz/);
    expect(lines).toEqual([
      expect.objectContaining({
        name: 'Clearview Anti-Fog Lens Spray',
        quantity: 2,
        options: { Volume: '2 fl oz' },
      }),
    ]);
  });

  it('"give me the two ounce bottle" names a value of the product in focus after a longer list', async () => {
    const { lines } = await play([
      'show me lens care',
      'tell me about the anti-fog spray',
      'give me the two ounce bottle',
    ]);
    expect(lines).toEqual([
      expect.objectContaining({ name: 'Clearview Anti-Fog Lens Spray', options: { Volume: '2 fl oz' } }),
    ]);
  });

  it('a colour family said alone picks the shade of the one product shown', async () => {
    const { lines } = await play(['show me the sport wrap sunglasses', 'the blue ones']);
    expect(lines).toEqual([
      expect.objectContaining({ name: 'Solvane Sport Wrap Sunglasses', color: 'Ice Blue Mirror' }),
    ]);
  });

  it('a value an earlier product has picks it when the product in focus has no such value', async () => {
    const { lines } = await play([
      'show me the anti-fog spray',
      'tell me about the round optical frames',
      'give me the two ounce bottle',
    ]);
    expect(lines).toEqual([
      expect.objectContaining({ name: 'Clearview Anti-Fog Lens Spray', options: { Volume: '2 fl oz' } }),
    ]);
  });

  it('"actually just two" right after adding three lowers that line', async () => {
    const { lines } = await play([
      'show me lens cleaning cloths',
      'three of the twelve pack',
      'actually just two',
    ]);
    expect(lines).toEqual([expect.objectContaining({ quantity: 2, options: { Pack: '12-pack' } })]);
  });

  // Guard (passes before and after): the new picks must leave questions alone.
  it('a question about a colour is not an add', async () => {
    const { lines } = await play(['show me the sport wrap sunglasses', 'do you have them in blue?']);
    expect(lines).toEqual([]);
  });
});

/**
 * Memory across visits, end to end: the offline engine over the real shop tools on the seeded
 * demo store. A size stated on one visit is offered on the next ("your usual 42?") and taken with
 * a plain yes; the shopper can ask what is remembered and have it forgotten, in English and Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/shop/demo/index.ts';
import { memoryNote } from '../../src/shop/memory/note.ts';
import { useTestStore } from '../store/databases.ts';
import { RealConversation } from './real-shop.ts';

describe('memory across visits (offline engine, demo store)', () => {
  const t = useTestStore('sqlite');
  const open: RealConversation[] = [];
  afterEach(async () => {
    for (const c of open.splice(0)) await c.close();
  });

  async function visit(userId: string, n: number, language: 'en' | 'es' = 'en') {
    const note = memoryNote(await open[0]!.services.memory.list(userId));
    const c = new RealConversation(t.store.db, language, userId, {
      sessionId: `s_${userId}_${n}`,
      ...(note ? { shopperNote: note } : {}),
    });
    open.push(c);
    return c;
  }

  it('a size stated on one visit is offered on the next, taken with a yes, recalled and forgotten', async () => {
    await seedDemo(t.store.db);
    const first = await RealConversation.guest(t.store.db, 'en');
    open.push(first);
    const user = first.userId;

    const told = await first.say('my shoe size is 42');
    expect(told.calls.map((c) => c.name)).toEqual(['remember_preference']);
    expect(told.text).toMatch(/your size is 42 for shoe.*remember/i);

    const second = await visit(user, 2);
    await second.say('show me the stride pace runner');
    const asked = await second.say('add it to my cart');
    expect(asked.calls).toEqual([]);
    expect(asked.text).toMatch(/which size\?.*your usual 42\?/i);
    const yes = await second.say('yes');
    // The usual size is taken; the colour is still the shopper's to choose.
    expect(yes.text).toMatch(/which colou?r/i);
    const added = await second.say('black');
    expect(added.calls.map((c) => [c.name, (c.input as { size?: string }).size])).toEqual([
      ['add_to_cart', '42'],
    ]);
    expect((await second.cart()).view.items.map((i) => [i.name, i.size])).toEqual([
      ['Stride Pace Runner', '42'],
    ]);

    const recalled = await second.say("what's my size?");
    expect(recalled.calls.map((c) => c.name)).toEqual(['list_preferences']);
    expect(recalled.text).toMatch(/your size is 42 for shoe/);

    const forgot = await second.say('forget my sizes');
    expect(forgot.calls.map((c) => [c.name, c.input])).toEqual([['forget_preferences', { kind: 'size' }]]);
    expect(forgot.text).toMatch(/forgotten your sizes/);
    expect(await second.services.memory.list(user)).toEqual([]);

    // The next visit asks as for a new shopper.
    const third = await visit(user, 3);
    await third.say('show me the stride pace runner');
    const again = await third.say('add it to my cart');
    expect(again.text).toMatch(/which size/i);
    expect(again.text).not.toMatch(/usual/i);
  });

  it('a size for another kind of product is not offered, and "no, 43" answers the question', async () => {
    await seedDemo(t.store.db);
    const first = await RealConversation.guest(t.store.db, 'en');
    open.push(first);
    const user = first.userId;
    await first.say('my jacket size is M');
    const second = await visit(user, 2);
    await second.say('show me the stride pace runner');
    const asked = await second.say('add it to my cart');
    expect(asked.text).not.toMatch(/usual/i);

    await first.services.memory.remember(user, { kind: 'size', value: '42' }, null);
    const third = await visit(user, 3);
    await third.say('show me the stride pace runner');
    expect((await third.say('add it to my cart')).text).toMatch(/your usual 42\?/i);
    const other = await third.say('no, 43');
    expect(other.text).toMatch(/which colou?r/i);
    const added = await third.say('black');
    expect(added.calls.map((c) => (c.input as { size?: string }).size)).toEqual(['43']);
    // A plain no asks again, without the suggestion.
    const fourth = await visit(user, 4);
    await fourth.say('show me the stride pace runner');
    expect((await fourth.say('add it to my cart')).text).toMatch(/your usual 42\?/i);
    expect((await fourth.say('no')).text).toMatch(/^Okay, which size then\? In stock: 40, 41, 42/);
    const then = await fourth.say('44 in white');
    expect(then.calls.map((c) => [c.name, (c.input as { size?: string }).size])).toEqual([
      ['add_to_cart', '44'],
    ]);
  });

  it('Spanish: "calzo un 42" is remembered, offered on the next visit, and "olvida todo" forgets it', async () => {
    await seedDemo(t.store.db);
    const first = await RealConversation.guest(t.store.db, 'es');
    open.push(first);
    const user = first.userId;
    const told = await first.say('calzo un 42');
    expect(told.calls.map((c) => [c.name, c.input])).toEqual([
      ['remember_preference', { kind: 'size', value: '42', scope: 'zapatos' }],
    ]);
    expect(told.text).toMatch(/Entendido: tu talla es 42 para zapatos\. Lo recordaré\./);

    const second = await visit(user, 2, 'es');
    await second.say('enséñame las stride pace runner');
    const asked = await second.say('añádelas al carrito');
    expect(asked.text).toMatch(/¿Qué talla\?.*¿Tu talla de siempre, la 42\?/);

    const recalled = await second.say('¿qué recuerdas de mí?');
    expect(recalled.text).toMatch(/Me dijiste: tu talla es 42 para zapatos/);
    const forgot = await second.say('olvida todo lo que sabes de mí');
    expect(forgot.calls.map((c) => [c.name, c.input])).toEqual([['forget_preferences', {}]]);
    expect(forgot.text).toMatch(/he olvidado todo lo que me dijiste/);
    const empty = await second.say('¿qué recuerdas de mí?');
    expect(empty.text).toMatch(/Todavía no tengo nada guardado sobre ti/);
  });
});

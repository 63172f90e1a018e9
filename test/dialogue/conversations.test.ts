/**
 * Multi-turn conversations driven through the V4 model with an in-test tool runner (the fake
 * shop). Besides each scenario's expectations, every turn is checked for the two safety rules:
 * confirm_order only right after a read-back answered with a yes, and every spoken price comes
 * from a tool result in the prompt.
 */
import { describe, expect, it } from 'vitest';
import { createShopDialogueModel } from '../../src/shop/dialogue/index.ts';
import { comparableCalls, numbersIn, spokenPrices } from './checks.ts';
import { Conversation, FakeShop } from './fake-shop.ts';
import { APPAREL, BOOKS, vocabularyOf } from './fixtures.ts';
import { SCENARIOS } from './scenarios.ts';

const CATALOGS = { apparel: APPAREL, books: BOOKS };
const SYSTEM = {
  en: 'You are the voice shopping assistant of an online shop.',
  es: 'Eres el asistente de compras por voz de una tienda online. Responde en español.',
};

describe('multi-turn conversations through the V4 model (fake shop)', () => {
  it('has at least 15 conversations, on two catalogs and in two languages', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(SCENARIOS.map((s) => s.catalog)).size).toBe(2);
    expect(SCENARIOS.some((s) => s.language === 'es')).toBe(true);
  });

  for (const sc of SCENARIOS) {
    it(`${sc.catalog}/${sc.language}: ${sc.name}`, async () => {
      const catalog = CATALOGS[sc.catalog];
      const model = createShopDialogueModel({ vocabulary: (l) => vocabularyOf(catalog, l) });
      const shop = new FakeShop(catalog);
      const c = new Conversation(model, shop, SYSTEM[sc.language]);
      let previousCalls: string[] = [];
      for (const turn of sc.turns) {
        const r = await c.say(turn.say);
        const names = r.calls.map((x) => x.name);
        const where = `"${turn.say}" → ${names.join(',')} / ${r.text}`;
        if (turn.calls) expect(comparableCalls(names, turn.calls), where).toEqual(turn.calls);
        for (const re of turn.reply ?? []) expect(r.text, where).toMatch(re);
        // Safety: an order is placed only right after a read-back, on a plain yes.
        if (names.includes('confirm_order')) {
          expect(previousCalls.at(-1), where).toBe('prepare_order');
          expect(turn.say, where).toMatch(/^(yes|yeah|yep|sure|si|sí|ok|okay|confirm|place)/i);
        }
        // Safety: every spoken price is in a tool result of the conversation.
        const known = numbersIn(c.prompt.filter((m) => m.role === 'tool'));
        for (const p of spokenPrices(r.text))
          expect(known.has(p), `${where}: price ${p} not from a tool`).toBe(true);
        // Streamed chunks are small and add up to the reply.
        const deltas = r.parts.at(-1)!.filter((p) => p.type === 'text-delta');
        expect(deltas.length).toBeGreaterThan(0);
        for (const d of deltas) expect(d.delta.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
        expect(r.text.length).toBeLessThan(420);
        if (sc.language === 'es' && !names.includes('prepare_order'))
          expect(r.text).not.toMatch(/\b(your|which|shall|found)\b/i);
        previousCalls = names;
      }
      expect(shop.placed > 0).toBe(sc.ordered);
    });
  }
});

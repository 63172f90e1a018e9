import { describe, expect, it } from 'vitest';
import { ConversationContext, pairToolCalls } from './context.ts';
import { FillerPicker } from './filler.ts';
import { SHOP_ASSISTANT } from './profiles.ts';

function ctx(maxMessages = 40) {
  return new ConversationContext({ profile: SHOP_ASSISTANT, maxMessages });
}

describe('ConversationContext', () => {
  it('aggregates consecutive user speech into one turn and follows the user language', () => {
    const c = ctx();
    c.addUserText('I want');
    c.addUserText('  red sneakers ');
    expect(c.messages()).toEqual([{ role: 'user', content: 'I want red sneakers' }]);
    expect(c.instructions()).toContain('Reply in English');
    c.addUserText('quiero zapatillas', 'es');
    expect(c.language).toBe('es');
    expect(c.instructions()).toContain('Responde en español');
  });

  it('ends the instructions with what the shop remembers about the shopper, in either language', () => {
    const note = 'Shopper memory: size 42 (shoes); brand Stride';
    const c = new ConversationContext({ profile: SHOP_ASSISTANT, shopperNote: note });
    expect(c.instructions().endsWith(`\n${note}`)).toBe(true);
    c.addUserText('hola', 'es');
    expect(c.instructions()).toContain('Responde en español');
    expect(c.instructions().endsWith(`\n${note}`)).toBe(true);
    expect(ctx().instructions()).not.toContain('Shopper memory:');
  });

  it('tells the model the greeting the shopper heard, in the instructions (history may not start with the assistant)', () => {
    const c = new ConversationContext({ profile: SHOP_ASSISTANT });
    c.noteGreeting('Hi, I am Ana from Trailhead.');
    expect(c.instructions()).toContain(
      'You already greeted the shopper when they connected, saying: "Hi, I am Ana from Trailhead."',
    );
    expect(c.messages()).toEqual([]);
    c.addUserText('hola', 'es');
    expect(c.instructions()).toContain(
      'Ya saludaste al cliente al empezar, diciendo: "Hi, I am Ana from Trailhead."',
    );
    expect(ctx().instructions()).not.toMatch(/greeted|saludaste/);
  });

  it('a greeting cut off keeps what was heard; a later cut reply leaves the greeting alone', () => {
    const c = new ConversationContext({ profile: SHOP_ASSISTANT });
    c.noteGreeting('Hi, I am Ana from Trailhead.');
    c.commitAssistantSpoken('Hi, I am');
    expect(c.instructions()).toContain('saying: "Hi, I am…"');
    c.addUserText('show me tents');
    c.beginAssistantStep();
    c.appendAssistantText('I found three tents.');
    c.commitAssistantSpoken('I found');
    expect(c.instructions()).toContain('saying: "Hi, I am…"');
    expect(c.messages().at(-1)).toMatchObject({ role: 'assistant', content: 'I found' });
    const none = new ConversationContext({ profile: SHOP_ASSISTANT });
    none.noteGreeting('Hi, I am Ana from Trailhead.');
    none.commitAssistantSpoken('');
    expect(none.instructions()).not.toMatch(/greeted/);
  });

  it('pairs every tool call with its result, in order, across steps', () => {
    const c = ctx();
    c.addUserText('find shoes');
    c.beginAssistantStep();
    c.appendAssistantText('Looking.');
    c.addToolCall({ id: 'a', name: 'search_products', input: { query: 'shoes' } });
    c.endAssistantStep();
    c.addToolResult({ id: 'a', name: 'search_products', output: { n: 2 }, isError: false });
    c.beginAssistantStep();
    c.appendAssistantText('Two options.');
    c.endAssistantStep();
    expect(c.messages()).toEqual([
      { role: 'user', content: 'find shoes' },
      {
        role: 'assistant',
        content: 'Looking.',
        toolCalls: [{ id: 'a', name: 'search_products', input: { query: 'shoes' } }],
      },
      { role: 'tool', results: [{ id: 'a', name: 'search_products', output: { n: 2 }, isError: false }] },
      { role: 'assistant', content: 'Two options.', toolCalls: [] },
    ]);
  });

  it('never hands the model a call without a result (or a result without a call)', () => {
    expect(
      pairToolCalls([
        { role: 'user', content: 'x' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            { id: 'done', name: 'view_cart', input: {} },
            { id: 'dangling', name: 'view_cart', input: {} },
          ],
        },
        { role: 'tool', results: [{ id: 'done', name: 'view_cart', output: 1, isError: false }] },
        { role: 'tool', results: [{ id: 'orphan', name: 'view_cart', output: 2, isError: false }] },
      ]),
    ).toEqual([
      { role: 'user', content: 'x' },
      { role: 'assistant', content: '', toolCalls: [{ id: 'done', name: 'view_cart', input: {} }] },
      { role: 'tool', results: [{ id: 'done', name: 'view_cart', output: 1, isError: false }] },
    ]);
  });

  it('keeps only the spoken words of an interrupted turn, skipping fillers, keeping tool pairs', () => {
    const c = ctx();
    c.addUserText('show me hoodies');
    c.beginAssistantStep();
    c.appendAssistantText('Sure, searching.');
    c.addToolCall({ id: 'h', name: 'search_products', input: {} });
    c.endAssistantStep();
    c.noteFiller('One moment.');
    c.addToolResult({ id: 'h', name: 'search_products', output: [], isError: false });
    c.beginAssistantStep();
    c.appendAssistantText('The Cloud Hoodie costs 49 dollars, and the Zip Hoodie costs 59.');
    c.endAssistantStep();
    c.commitAssistantSpoken('Sure, searching. One moment. The Cloud Hoodie costs');
    const msgs = c.messages();
    expect(msgs[1]).toMatchObject({
      role: 'assistant',
      content: 'Sure, searching.',
      toolCalls: [{ id: 'h' }],
    });
    expect(msgs[2]).toMatchObject({ role: 'tool' });
    expect(msgs[3]).toEqual({ role: 'assistant', content: 'The Cloud Hoodie costs', toolCalls: [] });
  });

  it('drops an assistant message the shopper heard none of, but keeps its tool call', () => {
    const c = ctx();
    c.addUserText('cart?');
    c.beginAssistantStep();
    c.appendAssistantText('Checking your cart.');
    c.addToolCall({ id: 'v', name: 'view_cart', input: {} });
    c.endAssistantStep();
    c.addToolResult({ id: 'v', name: 'view_cart', output: {}, isError: false });
    c.beginAssistantStep();
    c.appendAssistantText('You have two items.');
    c.commitAssistantSpoken('');
    expect(c.messages().map((m) => (m.role === 'assistant' ? `a:${m.content}` : m.role))).toEqual([
      'user',
      'a:',
      'tool',
    ]);
  });

  it('bounds history by dropping whole oldest turns and remembers what the shopper said', () => {
    const c = ctx(6);
    for (let i = 0; i < 5; i++) {
      c.addUserText(`question ${i}`);
      c.beginAssistantStep();
      c.addToolCall({ id: `t${i}`, name: 'search_products', input: {} });
      c.endAssistantStep();
      c.addToolResult({ id: `t${i}`, name: 'search_products', output: i, isError: false });
      c.beginAssistantStep();
      c.appendAssistantText(`answer ${i}`);
      c.endAssistantStep();
    }
    c.addUserText('last question');
    const msgs = c.messages();
    expect(msgs.length).toBeLessThanOrEqual(6);
    expect(msgs[0]).toEqual({ role: 'user', content: 'question 4' });
    expect(msgs.at(-1)).toEqual({ role: 'user', content: 'last question' });
    expect(c.instructions()).toContain('"question 0"');
    expect(c.instructions()).toContain('"question 3"');
  });
});

describe('FillerPicker', () => {
  it('rotates and never repeats back-to-back', () => {
    const p = new FillerPicker({ en: ['a', 'b', 'c'], es: ['x', 'y'] });
    const seq = Array.from({ length: 7 }, () => p.next('en'));
    expect(seq).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    for (let i = 1; i < seq.length; i++) expect(seq[i]).not.toBe(seq[i - 1]);
    expect(p.next('es')).toBe('x');
    const single = new FillerPicker({ en: ['only'], es: [] });
    expect(single.next('en')).toBe('only');
    expect(single.next('es')).toBeUndefined();
  });
});

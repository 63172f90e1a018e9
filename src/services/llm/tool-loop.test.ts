import { describe, expect, it } from 'vitest';
import { ControlledModel, deferred } from '../../../test/llm/controlled-model.ts';
import { EventLog, fakeTool } from '../../../test/llm/fixtures.ts';
import { FakeClock } from '../../pipeline/clock.ts';
import type { ShopTool, ToolOutcome } from '../../shop/contract.ts';
import { ConversationContext } from './context.ts';
import { SHOP_ASSISTANT } from './profiles.ts';
import { runToolLoop, type ToolLoopOptions } from './tool-loop.ts';
import { CANCELLED } from './types.ts';

function setup(tools: ShopTool[], extra: Partial<ToolLoopOptions> = {}) {
  const model = new ControlledModel();
  const clock = new FakeClock();
  const context = new ConversationContext({ profile: SHOP_ASSISTANT });
  const log = new EventLog();
  const interrupt = new AbortController();
  context.addUserText('show me running shoes');
  const run = () =>
    runToolLoop({
      model,
      provider: 'controlled',
      context,
      tools,
      user: { userId: 'u1', sessionId: 's1' },
      signal: interrupt.signal,
      onEvent: log.onEvent,
      clock,
      ...extra,
    });
  return { model, clock, context, log, interrupt, run };
}

const products: ToolOutcome = {
  result: { items: [{ id: 'p1', name: 'Trail Runner', price: 89 }] },
  ui: [{ type: 'products', query: 'running shoes', items: [] }],
};

describe('tool loop: happy paths', () => {
  it('streams a plain reply and records it as one assistant message', async () => {
    const { model, log, context, run } = setup([]);
    const done = run();
    const call = await model.nextCall();
    call.text('Hello ');
    call.text('there.');
    call.finish('stop');
    const summary = await done;
    expect(summary).toMatchObject({ reason: 'completed', steps: 1, text: 'Hello there.' });
    expect(log.types()).toEqual(['llm-started', 'text:llm', 'text:llm', 'llm-stopped', 'done']);
    expect(context.messages()).toEqual([
      { role: 'user', content: 'show me running shoes' },
      { role: 'assistant', content: 'Hello there.', toolCalls: [] },
    ]);
    expect(log.of('llm-stopped')[0]?.usage).toEqual({ inputTokens: 10, outputTokens: 5, totalTokens: 15 });
  });

  it('runs a tool for the session user, feeds the result back and emits its UI events', async () => {
    const search = fakeTool('search_products', async () => products);
    const { model, log, context, run } = setup([search]);
    const done = run();
    const first = await model.nextCall();
    expect(first.options.tools?.map((t) => t.name)).toEqual(['search_products']);
    first.toolCall('c1', 'search_products', { query: 'running shoes' });
    first.finish('tool-calls');
    const second = await model.nextCall();
    const toolMsg = second.options.prompt.find((m) => m.role === 'tool');
    expect(toolMsg?.content[0]).toMatchObject({
      type: 'tool-result',
      toolCallId: 'c1',
      output: { type: 'json', value: products.result },
    });
    second.text('I found the Trail Runner for 89 dollars.');
    second.finish('stop');
    const summary = await done;
    expect(summary.reason).toBe('completed');
    expect(summary.steps).toBe(2);
    expect(search.calls[0]?.ctx).toMatchObject({
      userId: 'u1',
      sessionId: 's1',
      language: 'en',
      toolCallId: 'c1',
    });
    expect(log.types()).toEqual([
      'llm-started',
      'llm-stopped',
      'tool-calls-started',
      'tool-call-in-progress',
      'tool-call-stopped',
      'ui',
      'llm-started',
      'text:llm',
      'llm-stopped',
      'done',
    ]);
    expect(log.of('ui')[0]).toMatchObject({
      toolCallId: 'c1',
      afterInterruption: false,
      event: { type: 'products' },
    });
    expect(context.messages().map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
  });

  it('passes a domain refusal (an error with a code) to the model as a structured error', async () => {
    const add = fakeTool('add_to_cart', async () => {
      throw Object.assign(new Error('size 44 is sold out'), {
        code: 'OUT_OF_STOCK',
        details: { inStock: ['42', '43'] },
      });
    });
    const { model, run } = setup([add]);
    const done = run();
    const first = await model.nextCall();
    first.toolCall('c1', 'add_to_cart', { productId: 'p1' });
    first.finish('tool-calls');
    const second = await model.nextCall();
    const result = second.options.prompt.find((m) => m.role === 'tool')?.content[0];
    expect(result?.type === 'tool-result' && result.output).toEqual({
      type: 'error-json',
      value: {
        error: { code: 'OUT_OF_STOCK', message: 'size 44 is sold out', details: { inStock: ['42', '43'] } },
      },
    });
    second.finish('stop');
    await done;
  });

  it('reports invalid input, unknown tools and tool failures back to the model without executing', async () => {
    const search = fakeTool('search_products', async () => products);
    const broken = fakeTool('get_product', async () => {
      throw new Error('database is down');
    });
    const { model, log, run } = setup([search, broken]);
    const done = run();
    const first = await model.nextCall();
    first.toolCall('bad', 'search_products', { query: 42 });
    first.toolCall('ghost', 'teleport', {});
    first.toolCall('boom', 'get_product', { productId: 'p1' });
    first.finish('tool-calls');
    const second = await model.nextCall();
    const results = second.options.prompt.find((m) => m.role === 'tool')?.content ?? [];
    expect(results.map((r) => (r.type === 'tool-result' ? r.output.type : ''))).toEqual([
      'error-json',
      'error-json',
      'error-json',
    ]);
    expect(JSON.stringify(results)).toContain('Invalid arguments for search_products');
    expect(JSON.stringify(results)).toContain('teleport');
    expect(JSON.stringify(results)).toContain('database is down');
    second.finish('stop');
    await done;
    expect(search.calls).toHaveLength(0);
    expect(broken.calls).toHaveLength(1);
    expect(log.of('tool-call-stopped').every((e) => e.error && !e.cancelled)).toBe(true);
  });

  it('stops at the step limit, forbids tools on the last call and keeps no dangling call', async () => {
    const search = fakeTool('search_products', async () => products);
    const { model, context, log, run } = setup([search], { maxToolSteps: 2 });
    const done = run();
    for (let i = 0; i < 3; i++) {
      const call = await model.nextCall();
      expect(call.options.toolChoice).toEqual({ type: i < 2 ? 'auto' : 'none' });
      call.toolCall(`c${i}`, 'search_products', { query: 'x' });
      call.finish('tool-calls');
    }
    const summary = await done;
    expect(summary).toMatchObject({ reason: 'step-limit', steps: 3 });
    expect(log.text('apology')).toBe(SHOP_ASSISTANT.apology.en);
    expect(search.calls).toHaveLength(2);
    const calls = context
      .messages()
      .flatMap((m) => (m.role === 'assistant' ? m.toolCalls.map((c) => c.id) : []));
    expect(calls).toEqual(['c0', 'c1']);
  });

  it('turns a model failure into an error event and a spoken apology', async () => {
    const { model, log, run } = setup([]);
    const done = run();
    const call = await model.nextCall();
    call.text('Let me');
    await log.waitFor((e) => e.type === 'text');
    call.fail(new Error('socket hang up: terminated'));
    const summary = await done;
    expect(summary.reason).toBe('error');
    const error = log.of('error')[0]?.error;
    expect(error).toMatchObject({ kind: 'network', midStream: true, retryable: true });
    expect(log.text('apology')).toBe(SHOP_ASSISTANT.apology.en);
  });

  it('fires the first-chunk watchdog on the clock when the model never answers', async () => {
    const { model, clock, log, run } = setup([], { firstChunkTimeoutMs: 3000 });
    const done = run();
    const call = await model.nextCall();
    await clock.advance(2999);
    expect(log.of('error')).toHaveLength(0);
    await clock.advance(1);
    const summary = await done;
    expect(summary.reason).toBe('error');
    expect(log.of('error')[0]?.error.kind).toBe('timeout');
    expect(log.of('error')[0]?.error.message).toContain('LLM_FIRST_CHUNK_TIMEOUT_MS');
    expect(call.aborted).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('tool loop: stalled stream', () => {
  it('aborts a stream that stalls mid-response after the chunk timeout', async () => {
    const { model, clock, log, run } = setup([], { firstChunkTimeoutMs: 1000, chunkTimeoutMs: 5000 });
    const done = run();
    const call = await model.nextCall();
    call.text('The Trail');
    await log.waitFor((e) => e.type === 'text');
    await clock.advance(4999);
    expect(log.of('error')).toHaveLength(0);
    await clock.advance(1);
    expect((await done).reason).toBe('error');
    expect(log.of('error')[0]?.error).toMatchObject({ kind: 'timeout', midStream: true });
    expect(call.aborted).toBe(true);
  });
});

describe('tool loop: interruption at every step', () => {
  it('during the first token: the stream is cancelled and nothing is recorded', async () => {
    const { model, log, context, interrupt, run } = setup([]);
    const done = run();
    const call = await model.nextCall();
    interrupt.abort();
    const summary = await done;
    expect(summary.reason).toBe('interrupted');
    expect(call.aborted).toBe(true);
    expect(log.of('text')).toHaveLength(0);
    expect(context.messages()).toEqual([{ role: 'user', content: 'show me running shoes' }]);
  });

  it('mid-text: keeps the generated text until the output side commits what was spoken', async () => {
    const { model, log, context, interrupt, run } = setup([]);
    const done = run();
    const call = await model.nextCall();
    call.text('The Trail Runner ');
    call.text('costs 89 dollars ');
    await log.waitFor((e) => e.type === 'text' && e.text.startsWith('costs'));
    interrupt.abort();
    call.text('and comes in blue.');
    const summary = await done;
    expect(summary.reason).toBe('interrupted');
    expect(log.text()).toBe('The Trail Runner costs 89 dollars ');
    context.commitAssistantSpoken('The Trail Runner');
    expect(context.messages().at(-1)).toEqual({
      role: 'assistant',
      content: 'The Trail Runner',
      toolCalls: [],
    });
  });

  it('after the model asked for tools but before any ran: the calls are dropped', async () => {
    const search = fakeTool('search_products', async () => products);
    const { model, log, context, interrupt, run } = setup([search]);
    log.hook = (e) => {
      if (e.type === 'llm-stopped') interrupt.abort();
    };
    const done = run();
    const call = await model.nextCall();
    call.text('Searching.');
    call.toolCall('c1', 'search_products', { query: 'shoes' });
    call.finish('tool-calls');
    expect((await done).reason).toBe('interrupted');
    expect(search.calls).toHaveLength(0);
    expect(log.of('tool-call-in-progress')).toHaveLength(0);
    expect(context.messages().at(-1)).toEqual({ role: 'assistant', content: 'Searching.', toolCalls: [] });
  });

  it('during a cancellable tool: the tool is aborted, ends CANCELLED, later calls never start', async () => {
    const gate = deferred<ToolOutcome>();
    const slow = fakeTool('search_products', () => gate.promise);
    const other = fakeTool('get_product', async () => products);
    const { model, log, context, interrupt, run } = setup([slow, other]);
    const done = run();
    const call = await model.nextCall();
    call.toolCall('c1', 'search_products', { query: 'shoes' });
    call.toolCall('c2', 'get_product', { productId: 'p1' });
    call.finish('tool-calls');
    await slow.started;
    interrupt.abort();
    const summary = await done;
    expect(summary.reason).toBe('interrupted');
    expect(slow.calls[0]?.ctx.abortSignal.aborted).toBe(true);
    expect(other.calls).toHaveLength(0);
    expect(log.of('tool-call-stopped')).toEqual([
      expect.objectContaining({
        cancelled: true,
        result: CANCELLED,
        call: expect.objectContaining({ id: 'c1' }),
      }),
    ]);
    expect(model.calls).toHaveLength(1);
    const msgs = context.messages();
    expect(msgs.at(-2)).toMatchObject({ role: 'assistant', toolCalls: [{ id: 'c1' }] });
    expect(msgs.at(-1)).toEqual({
      role: 'tool',
      results: [{ id: 'c1', name: 'search_products', output: CANCELLED, isError: false }],
    });
    gate.resolve(products); // the late result of a tool that ignored its signal changes nothing
  });

  it('during a non-cancellable write: it completes, its UI events still go out, no new model call', async () => {
    const gate = deferred<ToolOutcome>();
    const cart: ToolOutcome = {
      result: { ok: true },
      ui: [
        {
          type: 'cart',
          cart: { items: [], subtotal: 0, discount: 0, total: 0, currency: 'USD', promo: null },
        },
      ],
    };
    const add = fakeTool('add_to_cart', () => gate.promise, { cancelOnInterruption: false });
    const { model, log, context, interrupt, run } = setup([add]);
    const done = run();
    const call = await model.nextCall();
    call.toolCall('w1', 'add_to_cart', { productId: 'p1' });
    call.finish('tool-calls');
    await add.started;
    interrupt.abort();
    expect(add.calls[0]?.ctx.abortSignal.aborted).toBe(false);
    gate.resolve(cart);
    const summary = await done;
    expect(summary.reason).toBe('interrupted');
    expect(log.of('tool-call-stopped')[0]).toMatchObject({ cancelled: false, result: { ok: true } });
    expect(log.of('ui')[0]).toMatchObject({ afterInterruption: true, event: { type: 'cart' } });
    expect(model.calls).toHaveLength(1);
    expect(context.messages().at(-1)).toMatchObject({
      role: 'tool',
      results: [{ id: 'w1', output: { ok: true } }],
    });
  });

  it('between steps: after the results, no further model call is made', async () => {
    const search = fakeTool('search_products', async () => products);
    const { model, log, context, interrupt, run } = setup([search]);
    log.hook = (e) => {
      if (e.type === 'tool-call-stopped') interrupt.abort();
    };
    const done = run();
    const call = await model.nextCall();
    call.toolCall('c1', 'search_products', { query: 'shoes' });
    call.finish('tool-calls');
    expect((await done).reason).toBe('interrupted');
    expect(model.calls).toHaveLength(1);
    expect(log.of('llm-started')).toHaveLength(1);
    expect(context.messages().map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
  });

  it('times a hung tool out on the clock and lets the model see the timeout', async () => {
    const hung = fakeTool('search_products', () => new Promise<ToolOutcome>(() => {}), { timeoutMs: 2000 });
    const { model, clock, log, run } = setup([hung]);
    const done = run();
    const first = await model.nextCall();
    first.toolCall('c1', 'search_products', { query: 'shoes' });
    first.finish('tool-calls');
    await hung.started;
    await clock.advance(2000);
    const second = await model.nextCall();
    expect(JSON.stringify(second.options.prompt)).toContain('TIMEOUT');
    second.text('Sorry, search is slow.');
    second.finish('stop');
    await done;
    expect(log.of('tool-call-stopped')[0]).toMatchObject({ cancelled: true });
    expect(hung.calls[0]?.ctx.abortSignal.aborted).toBe(true);
  });
});

describe('filler while a slow tool runs', () => {
  async function oneToolRun(ms: number, language: 'en' | 'es', env = setup([])) {
    const gate = deferred<ToolOutcome>();
    const tool = fakeTool('search_products', () => gate.promise, { fillerAfterMs: 700 });
    const s = env;
    const loop = runToolLoop({
      model: s.model,
      provider: 'controlled',
      context: s.context,
      tools: [tool],
      user: { userId: 'u', sessionId: 's' },
      signal: new AbortController().signal,
      onEvent: s.log.onEvent,
      clock: s.clock,
    });
    s.context.language = language;
    const first = await s.model.nextCall();
    first.toolCall(`c${s.model.calls.length}`, 'search_products', { query: 'x' });
    first.finish('tool-calls');
    await tool.started;
    await s.clock.advance(ms);
    gate.resolve(products);
    const second = await s.model.nextCall();
    second.text('Here you go.');
    second.finish('stop');
    await loop;
    return s;
  }

  it('says nothing when the tool is fast', async () => {
    const s = await oneToolRun(699, 'en');
    expect(s.log.types()).not.toContain('text:filler');
    expect(s.log.text()).toBe('Here you go.');
    expect(s.clock.pendingTimers).toBe(0);
  });

  it('says one filler for a slow tool, before its result, and rotates across turns', async () => {
    const s = await oneToolRun(5000, 'en');
    expect(s.log.types().filter((t) => t === 'text:filler')).toHaveLength(1);
    const order = s.log.types();
    expect(order.indexOf('text:filler')).toBeLessThan(order.indexOf('tool-call-stopped'));
    const firstFiller = s.log.text('filler');
    expect(SHOP_ASSISTANT.fillers.en).toContain(firstFiller);
    s.log.events.length = 0;
    await oneToolRun(5000, 'en', s);
    expect(s.log.text('filler')).not.toBe(firstFiller);
    expect(SHOP_ASSISTANT.fillers.en).toContain(s.log.text('filler'));
  });

  it('speaks the filler in the shopper language', async () => {
    const s = await oneToolRun(800, 'es');
    expect(SHOP_ASSISTANT.fillers.es).toContain(s.log.text('filler'));
  });
});

describe('tool loop: speech the recognizer flagged as not shopping', () => {
  it('refuses cart and order writes without running them, and still runs reads', async () => {
    const search = fakeTool('search_products', async () => products);
    const add = fakeTool('add_to_cart', async () => ({ result: { ok: true } }), { needsClearSpeech: true });
    const { model, run } = setup([search, add], { uncertainInput: true });
    const done = run();
    const first = await model.nextCall();
    first.toolCall('r1', 'search_products', { query: 'shoes' });
    first.toolCall('w1', 'add_to_cart', { productId: 'p1' });
    first.finish('tool-calls');
    const second = await model.nextCall();
    const results = second.options.prompt.find((m) => m.role === 'tool')?.content ?? [];
    const refused = results.find((r) => r.type === 'tool-result' && r.toolCallId === 'w1');
    expect(refused?.type === 'tool-result' && refused.output).toMatchObject({
      type: 'error-json',
      value: { error: { code: 'UNCLEAR_REQUEST' } },
    });
    second.finish('stop');
    await done;
    expect(search.calls).toHaveLength(1);
    expect(add.calls).toHaveLength(0);
  });
});

import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { ControlledModel, deferred } from '../../../test/llm/controlled-model.ts';
import { fakeTool } from '../../../test/llm/fixtures.ts';
import { createFrame, FakeClock, type Frame, isFrame } from '../../pipeline/index.ts';
import { runProcessorTest, settle, types } from '../../pipeline/testing.ts';
import type { ToolOutcome } from '../../shop/contract.ts';
import { LlmProcessor } from './llm-processor.ts';
import { CANCELLED } from './types.ts';

const usage = {
  inputTokens: { total: 20, noCache: 20, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 4, text: 4, reasoning: 0 },
};
const stream = (parts: LanguageModelV4StreamPart[]) => ({ stream: convertArrayToReadableStream(parts) });
const textReply = (...deltas: string[]): LanguageModelV4StreamPart[] => [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't' },
  ...deltas.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
  { type: 'text-end', id: 't' },
  { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
];
const toolReply = (id: string, name: string, input: unknown): LanguageModelV4StreamPart[] => [
  { type: 'stream-start', warnings: [] },
  { type: 'tool-call', toolCallId: id, toolName: name, input: JSON.stringify(input) },
  { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
];

const products: ToolOutcome = {
  result: { items: [{ id: 'p1', name: 'Trail Runner', price: 89 }] },
  ui: [{ type: 'products', query: 'shoes', items: [] }],
};

function transcription(clock: FakeClock, text: string, language = 'en') {
  return createFrame('transcription', { text, userId: 'u1', final: true, language }, clock);
}

describe('LlmProcessor', () => {
  it('turns a final transcription into response, tool call and UI frames', async () => {
    const clock = new FakeClock();
    const model = new MockLanguageModelV4({
      doStream: [
        stream(toolReply('c1', 'search_products', { query: 'shoes' })),
        stream(textReply('The Trail Runner ', 'is 89 dollars.')),
      ],
    });
    const search = fakeTool('search_products', async () => products);
    const llm = new LlmProcessor({
      llm: model,
      provider: 'mock',
      tools: [search],
      user: { userId: 'u1', sessionId: 's1' },
    });
    const { down, up } = await runProcessorTest(
      llm,
      [
        createFrame('transcription', { text: 'shoes', userId: 'u1', final: false }, clock),
        transcription(clock, 'show me shoes'),
      ],
      { clock },
    );
    expect(types(down)).toEqual([
      'transcription',
      'transcription',
      'llm-response-start',
      'llm-response-end',
      'function-calls-started',
      'function-call-in-progress',
      'function-call-result',
      'output-transport-message',
      'llm-response-start',
      'llm-text',
      'llm-text',
      'llm-response-end',
    ]);
    const ui = down.find((f) => isFrame(f, 'output-transport-message')) as Frame<'output-transport-message'>;
    expect(ui.message).toEqual({ type: 'server-message', data: products.ui?.[0] });
    const result = down.find((f) => isFrame(f, 'function-call-result')) as Frame<'function-call-result'>;
    expect(result).toMatchObject({
      toolCallId: 'c1',
      functionName: 'search_products',
      cancelled: false,
      result: products.result,
    });
    expect(up).toEqual([]);
    expect(search.calls[0]?.ctx).toMatchObject({ userId: 'u1', sessionId: 's1' });
    expect(llm.context.messages().at(-1)).toEqual({
      role: 'assistant',
      content: 'The Trail Runner is 89 dollars.',
      toolCalls: [],
    });
  });

  it('a background result joins the history as a call it made, shows its cards and is announced', async () => {
    const clock = new FakeClock();
    const model = new MockLanguageModelV4({ doStream: [] });
    const llm = new LlmProcessor({
      llm: model,
      provider: 'mock',
      tools: [],
      user: { userId: 'u1', sessionId: 's1' },
    });
    const card = { type: 'research', query: 'rain jackets', summary: 'Two found.', items: [] };
    const { down } = await runProcessorTest(
      llm,
      [
        createFrame(
          'background-result',
          {
            toolCallId: 'bg_r1',
            functionName: 'get_research',
            arguments: { researchId: 'r1' },
            result: { status: 'done', summary: 'Two found.' },
            ui: [card],
            announcement: 'Your research is ready.',
          },
          clock,
        ),
      ],
      { clock },
    );
    expect(types(down)).toEqual([
      'function-call-in-progress',
      'function-call-result',
      'output-transport-message',
      'llm-response-start',
      'llm-text',
      'llm-response-end',
    ]);
    expect((down[2] as Frame<'output-transport-message'>).message).toEqual({
      type: 'server-message',
      data: card,
    });
    expect(llm.context.messages()).toEqual([
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'bg_r1', name: 'get_research', input: { researchId: 'r1' } }],
      },
      {
        role: 'tool',
        results: [
          {
            id: 'bg_r1',
            name: 'get_research',
            output: { status: 'done', summary: 'Two found.' },
            isError: false,
          },
        ],
      },
      { role: 'assistant', content: 'Your research is ready.', toolCalls: [] },
    ]);
    // No model was called: the announcement is the pushed text itself.
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it('answers typed text (llm-run) and follows the spoken language', async () => {
    const clock = new FakeClock();
    const model = new MockLanguageModelV4({
      doStream: [stream(textReply('Hola.')), stream(textReply('Vale.'))],
    });
    const llm = new LlmProcessor({
      llm: model,
      provider: 'mock',
      tools: [],
      user: { userId: 'u', sessionId: 's' },
    });
    const { down } = await runProcessorTest(
      llm,
      [
        createFrame('llm-run', { text: 'hola', source: 'typed', audioResponse: false }, clock),
        transcription(clock, 'quiero zapatillas', 'es-ES'),
      ],
      { clock },
    );
    expect(down.filter((f) => isFrame(f, 'llm-text')).map((f) => (f as Frame<'llm-text'>).text)).toEqual([
      'Hola.',
      'Vale.',
    ]);
    expect(llm.context.language).toBe('es');
    const system = model.doStreamCalls[1]?.prompt[0];
    expect(system?.role === 'system' && system.content).toContain('Responde en español');
  });

  it('adds a context-append (send-text run_immediately:false) without running, and uses it on the next turn', async () => {
    const clock = new FakeClock();
    const model = new MockLanguageModelV4({ doStream: [stream(textReply('Here are red hoodies.'))] });
    const llm = new LlmProcessor({
      llm: model,
      provider: 'mock',
      tools: [],
      user: { userId: 'u', sessionId: 's' },
    });
    const append = createFrame(
      'context-append',
      { role: 'user', text: 'I like red.', audioResponse: true },
      clock,
    );
    const quiet = await runProcessorTest(llm, [append], { clock, sendEnd: false });
    expect(model.doStreamCalls).toHaveLength(0);
    expect(types(quiet.down)).toEqual(['context-append']);
    expect(llm.context.messages()).toEqual([{ role: 'user', content: 'I like red.' }]);

    quiet.task.queueFrames(transcription(clock, 'show me hoodies'));
    await settle();
    await quiet.task.cancel('done');
    expect(model.doStreamCalls).toHaveLength(1);
    const users = model.doStreamCalls[0]!.prompt.filter((m) => m.role === 'user');
    expect(JSON.stringify(users)).toContain('I like red. show me hoodies');
    expect(llm.context.messages().at(-1)).toMatchObject({
      role: 'assistant',
      content: 'Here are red hoodies.',
    });
  });

  it('forgets a reply cut off before any of it played; keeps one that played or was text-only', async () => {
    const assistantTexts = (llm: LlmProcessor) =>
      llm.context
        .messages()
        .filter((m) => m.role === 'assistant')
        .map((m) => (m as { content: string }).content);
    const run = async (opts: { played: boolean; typedTextOnly?: boolean; heard?: string }) => {
      const clock = new FakeClock();
      const model = new ControlledModel();
      const llm = new LlmProcessor({
        llm: model,
        provider: 'controlled',
        tools: [],
        user: { userId: 'u', sessionId: 's' },
      });
      await runProcessorTest(
        llm,
        [
          opts.typedTextOnly
            ? createFrame(
                'llm-run',
                { text: 'show me hoodies', source: 'typed', audioResponse: false },
                clock,
              )
            : transcription(clock, 'show me hoodies'),
          {
            run: async () => {
              const call = await model.nextCall();
              call.text('I found three hoodies. ');
              if (opts.typedTextOnly) call.finish('stop');
            },
          },
          ...(opts.played
            ? [{ frame: createFrame('bot-started-speaking', {}, clock), direction: 'upstream' as const }]
            : []),
          createFrame('interruption', {}, clock),
          // What the output played of the reply, reported upstream as the output does on barge-in.
          ...(opts.heard === undefined
            ? []
            : [
                {
                  frame: createFrame(
                    'bot-spoken-text',
                    {
                      segmentId: 1,
                      text: opts.heard,
                      fullText: 'I found three hoodies.',
                      interrupted: true,
                      playedMs: 400,
                      totalMs: 1500,
                      turnText: opts.heard,
                    },
                    clock,
                  ),
                  direction: 'upstream' as const,
                },
              ]),
        ],
        { clock },
      );
      return assistantTexts(llm);
    };
    // The shopper heard nothing of it: the model must not believe it said it.
    expect(await run({ played: false })).toEqual([]);
    // Playing: the output reports what was heard (bot-spoken-text), not this processor.
    expect(await run({ played: true })).toEqual(['I found three hoodies. ']);
    // ...and the history keeps exactly that.
    expect(await run({ played: true, heard: 'I found three' })).toEqual(['I found three']);
    // A text-only reply was read on screen, never played.
    expect(await run({ played: false, typedTextOnly: true })).toEqual(['I found three hoodies. ']);
  });

  it('a greeting cut by the shopper is noted as far as it was heard, or not at all', async () => {
    const greeting = 'Hi, I am Ana from Trailhead. What are we shopping for today?';
    const run = async (opts: { played: boolean; heard?: string }) => {
      const clock = new FakeClock();
      const llm = new LlmProcessor({
        llm: new ControlledModel(),
        provider: 'controlled',
        tools: [],
        user: { userId: 'u', sessionId: 's' },
      });
      const { down } = await runProcessorTest(
        llm,
        [
          { run: async () => llm.greet(greeting) },
          ...(opts.played
            ? [{ frame: createFrame('bot-started-speaking', {}, clock), direction: 'upstream' as const }]
            : []),
          createFrame('interruption', {}, clock),
          ...(opts.heard === undefined
            ? []
            : [
                {
                  frame: createFrame(
                    'bot-spoken-text',
                    {
                      segmentId: 1,
                      text: opts.heard,
                      fullText: greeting,
                      interrupted: true,
                      playedMs: 900,
                      totalMs: 3000,
                      turnText: opts.heard,
                    },
                    clock,
                  ),
                  direction: 'upstream' as const,
                },
              ]),
        ],
        { clock },
      );
      expect(down.find((f) => isFrame(f, 'tts-speak'))).toMatchObject({ text: greeting });
      expect(llm.context.messages()).toEqual([]);
      return llm.context.instructions();
    };
    // Cut before a word played: the model must not think it greeted.
    expect(await run({ played: false })).not.toMatch(/greeted/);
    // Cut while playing: only what was heard.
    const cut = await run({ played: true, heard: 'Hi, I am Ana' });
    expect(cut).toContain('saying: "Hi, I am Ana…"');
    expect(cut).not.toContain('Trailhead');
    // Heard whole (the cut came after its last word): the whole greeting.
    expect(await run({ played: true, heard: greeting })).toContain(`saying: "${greeting}"`);
  });

  it('on interruption during a tool: the call ends CANCELLED downstream and nothing else is said', async () => {
    const clock = new FakeClock();
    const model = new ControlledModel();
    const gate = deferred<ToolOutcome>();
    const slow = fakeTool('search_products', () => gate.promise);
    const llm = new LlmProcessor({
      llm: model,
      provider: 'controlled',
      tools: [slow],
      user: { userId: 'u', sessionId: 's' },
    });
    const { down } = await runProcessorTest(
      llm,
      [
        transcription(clock, 'show me shoes'),
        {
          run: async () => {
            const call = await model.nextCall();
            call.text('Let me search.');
            call.toolCall('c1', 'search_products', { query: 'shoes' });
            call.finish('tool-calls');
            await slow.started;
          },
        },
        // "Let me search." started playing before the shopper barged in.
        { frame: createFrame('bot-started-speaking', {}, clock), direction: 'upstream' },
        createFrame('interruption', {}, clock),
      ],
      { clock },
    );
    expect(slow.calls[0]?.ctx.abortSignal.aborted).toBe(true);
    const result = down.find((f) => isFrame(f, 'function-call-result')) as Frame<'function-call-result'>;
    expect(result).toMatchObject({ toolCallId: 'c1', cancelled: true, result: CANCELLED });
    expect(model.calls).toHaveLength(1);
    expect(types(down).filter((t) => t === 'llm-response-start')).toHaveLength(1);
    expect(llm.context.messages().at(-1)).toMatchObject({
      role: 'tool',
      results: [{ id: 'c1', output: CANCELLED }],
    });
    llm.commitAssistantSpoken('Let me');
    expect(llm.context.messages()[1]).toMatchObject({
      role: 'assistant',
      content: 'Let me',
      toolCalls: [{ id: 'c1' }],
    });
  });

  it('reports a model failure upstream and speaks an apology', async () => {
    const clock = new FakeClock();
    const model = new MockLanguageModelV4({
      doStream: async () => {
        throw new Error('fetch failed: ECONNREFUSED');
      },
    });
    const llm = new LlmProcessor({
      llm: model,
      provider: 'mock',
      tools: [],
      user: { userId: 'u', sessionId: 's' },
      loop: { maxRetries: 0 },
    });
    const { down, up } = await runProcessorTest(llm, [transcription(clock, 'hello')], { clock });
    const error = up.find((f) => isFrame(f, 'error')) as Frame<'error'>;
    expect(error.fatal).toBe(false);
    expect(error.error.message).toContain('mock LLM failed');
    const speak = down.find((f) => isFrame(f, 'tts-speak')) as Frame<'tts-speak'>;
    expect(speak.text).toMatch(/^Sorry/);
  });
});

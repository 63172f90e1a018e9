import { describe, expect, it } from 'vitest';
import {
  createFrame,
  type Direction,
  FakeClock,
  type Frame,
  FrameProcessor,
  Pipeline,
} from '../pipeline/index.ts';
import { runProcessorTest, types } from '../pipeline/testing.ts';
import { ClientFunctionCalls } from './client-calls.ts';
import {
  parseClientMessage,
  type RtviServerMessage,
  serverMessage,
  toRtviServerMessage,
} from './messages.ts';
import { RtviObserver } from './observer.ts';
import { RtviProcessor } from './processor.ts';
import { SentenceAggregator } from './sentences.ts';

const clock = new FakeClock();
const rtvi = (type: string, data?: unknown, id = 'abc12345') => ({ label: 'rtvi-ai', type, id, data });
const inMsg = (message: unknown) => createFrame('input-transport-message', { message }, clock);

describe('RTVI client message schemas', () => {
  it('accepts every client-js 1.13.1 message and fills send-text defaults', () => {
    const ok = [
      rtvi('client-ready', { version: '2.1.0', about: { library: '@pipecat-ai/client-js' } }),
      rtvi('send-text', { content: 'hi' }),
      rtvi('client-message', { t: 'cart', d: { x: 1 } }),
      rtvi('llm-function-call-result', { function_name: 'f', tool_call_id: 't1', arguments: {}, result: 1 }),
      rtvi('disconnect-bot', {}),
      rtvi('dtmf', { buttons: ['1', '#'] }),
      rtvi('append-to-context', { role: 'user', content: 'hey', run_immediately: true }),
    ];
    for (const m of ok) expect(parseClientMessage(JSON.stringify(m)).ok).toBe(true);
    const parsed = parseClientMessage(rtvi('send-text', { content: 'hi' }));
    expect(parsed.ok && parsed.message.type === 'send-text' && parsed.message.data.options).toEqual({
      run_immediately: true,
      audio_response: true,
    });
  });

  it('classifies bad input without throwing', () => {
    expect(parseClientMessage('{nope')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(parseClientMessage({ type: 'client-ready' })).toEqual({ ok: false, kind: 'not-rtvi' });
    expect(parseClientMessage(rtvi('raw-audio', {}))).toMatchObject({
      kind: 'unsupported',
      type: 'raw-audio',
    });
    const bad = parseClientMessage(rtvi('send-text', { content: 42 }, 'id9'));
    expect(bad).toMatchObject({ ok: false, kind: 'invalid', id: 'id9' });
    expect(!bad.ok && bad.kind === 'invalid' && bad.error).toContain('content');
    expect(parseClientMessage(rtvi('dtmf', { buttons: ['x'] }))).toMatchObject({ kind: 'invalid' });
  });

  it('omits null fields and the data key of payload-less events', () => {
    expect(serverMessage('bot-started-speaking')).toEqual({ label: 'rtvi-ai', type: 'bot-started-speaking' });
    expect(serverMessage('x', { a: null, b: { c: undefined, d: 1 } })).toEqual({
      label: 'rtvi-ai',
      type: 'x',
      data: { b: { d: 1 } },
    });
    expect(toRtviServerMessage({ type: 'server-message', data: { type: 'cart' } })).toEqual({
      label: 'rtvi-ai',
      type: 'server-message',
      data: { type: 'cart' },
    });
  });
});

/** Passes frames on after a delay: a stand-in for STT/LLM/TTS between RTVI and the sink. */
class Slow extends FrameProcessor {
  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (frame.type === 'llm-run' || frame.type === 'text') await this.clock.sleep(5, this.signal);
    this.push(frame, direction);
  }
}

function setup(opts: Partial<ConstructorParameters<typeof RtviProcessor>[0]> = {}) {
  const sent: RtviServerMessage[] = [];
  const proc = new RtviProcessor({ send: (m) => sent.push(m), libraryVersion: '9.9.9', ...opts });
  return { sent, proc };
}

describe('RtviProcessor', () => {
  it('answers client-ready with bot-ready, same id, version 2.1.0', async () => {
    const { sent, proc } = setup();
    await runProcessorTest(proc, [
      inMsg(JSON.stringify(rtvi('client-ready', { version: '2.1.0' }, 'fe7cbb8f'))),
    ]);
    expect(sent).toEqual([
      {
        label: 'rtvi-ai',
        type: 'bot-ready',
        id: 'fe7cbb8f',
        data: { version: '2.1.0', about: { library: 'voice-shopper', library_version: '9.9.9' } },
      },
    ]);
    expect(proc.clientReady).toBe(true);
  });

  it('echoes a legacy 1.x version and warns incompatible majors', async () => {
    const { sent, proc } = setup();
    await runProcessorTest(proc, [
      inMsg(rtvi('client-ready', { version: '1.0.0' }, 'a1')),
      inMsg(rtvi('client-ready', { version: '3.0.0' }, 'a2')),
    ]);
    expect(sent.map((m) => [m.type, m.id, (m.data as { version?: string }).version])).toEqual([
      ['bot-ready', 'a1', '1.0.0'],
      ['error-response', 'a2', undefined],
      ['bot-ready', 'a2', '2.1.0'],
    ]);
  });

  it('turns send-text into an interruption and an llm-run that survives it through a chain', async () => {
    const { proc } = setup();
    const { down } = await runProcessorTest(new Pipeline([proc, new Slow(), new Slow(), new Slow()]), [
      createFrame('text', { text: 'stale' }, clock),
      inMsg(rtvi('send-text', { content: 'red shoes', options: { audio_response: false } })),
    ]);
    const runs = down.filter((f) => f.type === 'llm-run');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ text: 'red shoes', source: 'typed', audioResponse: false });
    expect(types(down)).toContain('interruption');
    expect(types(down)).not.toContain('text'); // the stale frame was flushed
  });

  it('run_immediately:false appends to context without interrupting', async () => {
    const { proc } = setup();
    const { down } = await runProcessorTest(proc, [
      inMsg(rtvi('send-text', { content: 'later', options: { run_immediately: false } })),
    ]);
    expect(types(down)).toEqual(['context-append']);
  });

  it('routes client-message to the app hook: server-response, or error-response on failure', async () => {
    const { sent, proc } = setup({
      onClientMessage: ({ t, d }) => {
        if (t === 'boom') throw new Error('no such thing');
        return t === 'quiet' ? undefined : { d: { echo: d } };
      },
    });
    await runProcessorTest(proc, [
      inMsg(rtvi('client-message', { t: 'cart', d: 1 }, 'r1')),
      inMsg(rtvi('client-message', { t: 'boom' }, 'r2')),
      inMsg(rtvi('client-message', { t: 'quiet' }, 'r3')),
    ]);
    expect(sent).toEqual([
      { label: 'rtvi-ai', type: 'server-response', id: 'r1', data: { t: 'cart', d: { echo: 1 } } },
      { label: 'rtvi-ai', type: 'error-response', id: 'r2', data: { error: 'no such thing' } },
    ]);
  });

  it('answers unknown and invalid messages and keeps the session alive', async () => {
    const { sent, proc } = setup();
    const { task } = await runProcessorTest(
      proc,
      [
        inMsg(rtvi('raw-audio', {}, 'u1')),
        inMsg('{"label":"rtvi-ai", broken'),
        inMsg(rtvi('send-text', {}, 'u2')),
        inMsg(rtvi('client-ready', { version: '2.1.0' }, 'u3')),
      ],
      { sendEnd: false },
    );
    expect(sent[0]).toEqual({
      label: 'rtvi-ai',
      type: 'error-response',
      id: 'u1',
      data: { error: 'Unsupported type raw-audio' },
    });
    expect(sent[1]).toMatchObject({ type: 'error', data: { fatal: false } });
    expect((sent[1]!.data as { error: string }).error).toMatch(/^Invalid message: not JSON/);
    expect(sent[2]).toMatchObject({ type: 'error-response', id: 'u2' });
    expect((sent[2]!.data as { error: string }).error).toMatch(/^Invalid message: data.content/);
    expect(sent[3]).toMatchObject({ type: 'bot-ready', id: 'u3' });
    expect(task.state).toBe('running');
    await task.cancel();
  });

  it('maps dtmf, requested client tool results and disconnect-bot to frames; passes non-RTVI messages on', async () => {
    const clientCalls = new ClientFunctionCalls(['f']);
    clientCalls.requested('t1', 'f');
    const { proc } = setup({ clientCalls });
    const { down, up, task } = await runProcessorTest(
      proc,
      [
        inMsg(rtvi('dtmf', { buttons: ['1', '2', '#'] })),
        inMsg(
          rtvi('llm-function-call-result', { function_name: 'f', tool_call_id: 't1', result: { ok: 1 } }),
        ),
        inMsg({ hello: 'other protocol' }),
        inMsg(rtvi('disconnect-bot', {})),
      ],
      { sendEnd: false },
    );
    expect(down.flatMap((f) => (f.type === 'dtmf' ? [f.digit] : []))).toEqual(['1', '2', '#']);
    // `name` is not asserted: createFrame() overwrites FunctionCallRef.name with the header name.
    expect(down.find((f) => f.type === 'function-call-result')).toMatchObject({
      toolCallId: 't1',
      result: { ok: 1 },
    });
    expect(down.find((f) => f.type === 'input-transport-message')).toMatchObject({
      message: { hello: 'other protocol' },
    });
    expect(types(up)).toContain('end-task-request');
    await expect(task.whenFinished()).resolves.toMatchObject({ reason: 'end' });
  });
});

describe('client-sent function call results', () => {
  const result = (name: string, id: string, msgId: string) =>
    inMsg(
      rtvi('llm-function-call-result', { function_name: name, tool_call_id: id, result: { ok: 1 } }, msgId),
    );

  it('refuses results for server-side tools, unknown or answered calls, with an error to the client', async () => {
    const clientCalls = new ClientFunctionCalls(['pick_color']);
    const observer = new RtviObserver({ send: () => {}, clientCalls });
    // The server starts one client-side call and one server-side call (seen by the observer).
    for (const [id, name] of [
      ['c1', 'pick_color'],
      ['s1', 'confirm_order'],
    ] as const)
      observer.onFrameHop({
        frame: createFrame(
          'function-call-in-progress',
          { toolCallId: id, functionName: name, arguments: {} },
          clock,
        ),
      } as Parameters<RtviObserver['onFrameHop']>[0]);
    const { sent, proc } = setup({ clientCalls });
    const { down } = await runProcessorTest(proc, [
      result('confirm_order', 's1', 'm1'),
      result('pick_color', 'c9', 'm2'),
      result('pick_color', 'c1', 'm3'),
      result('pick_color', 'c1', 'm4'),
    ]);
    expect(
      down
        .filter((f) => f.type === 'function-call-result')
        .map((f) => f.type === 'function-call-result' && f.toolCallId),
    ).toEqual(['c1']);
    expect(sent.map((m) => [m.id, m.type])).toEqual([
      ['m1', 'error-response'],
      ['m2', 'error-response'],
      ['m4', 'error-response'],
    ]);
    expect(String((sent[0]!.data as { error: string }).error)).toMatch(
      /confirm_order is not a client-side function call/,
    );
    expect(String((sent[2]!.data as { error: string }).error)).toMatch(/no pick_color call c1 is waiting/);
  });

  it('refuses every result by default (no client-side functions)', async () => {
    const { sent, proc } = setup();
    const { down } = await runProcessorTest(proc, [result('search_products', 't1', 'm1')]);
    expect(types(down)).not.toContain('function-call-result');
    expect(sent).toMatchObject([{ type: 'error-response', id: 'm1' }]);
  });
});

class Pass extends FrameProcessor {}

describe('RtviObserver', () => {
  async function observe(frames: Frame[], opts: Partial<ConstructorParameters<typeof RtviObserver>[0]> = {}) {
    const sent: RtviServerMessage[] = [];
    const observer = new RtviObserver({ send: (m) => sent.push(m), now: () => new Date(0), ...opts });
    await runProcessorTest(new Pipeline([new Pass(), new Pass(), new Pass()]), frames, {
      observers: [observer],
    });
    return sent;
  }

  it('sends each frame once although it hops through several processors', async () => {
    const sent = await observe([
      createFrame('user-started-speaking', {}, clock),
      createFrame('transcription', { text: 'hel', userId: 'u1', final: false }, clock),
      createFrame('transcription', { text: 'hello', userId: 'u1', final: true }, clock),
      createFrame('user-stopped-speaking', {}, clock),
      createFrame('llm-response-start', {}, clock),
      createFrame('llm-text', { text: 'Hi' }, clock),
      createFrame('llm-response-end', {}, clock),
      createFrame('tts-started', {}, clock),
      createFrame('bot-segment-started', { segmentId: 3, text: 'Hi there.' }, clock),
      createFrame('tts-stopped', {}, clock),
    ]);
    expect(sent.map((m) => m.type)).toEqual([
      'user-started-speaking',
      'user-transcription',
      'user-transcription',
      'user-stopped-speaking',
      'bot-llm-started',
      'bot-llm-text',
      'bot-llm-stopped',
      'bot-tts-started',
      'bot-tts-text',
      'bot-output',
      'bot-tts-stopped',
    ]);
    expect(sent[0]).toEqual({ label: 'rtvi-ai', type: 'user-started-speaking' });
    expect(sent[2]!.data).toEqual({
      text: 'hello',
      user_id: 'u1',
      timestamp: '1970-01-01T00:00:00.000Z',
      final: true,
    });
    expect(sent[9]!.data).toEqual({
      text: 'Hi there.',
      aggregated_by: 'sentence',
      segment_id: 3,
      will_be_spoken: true,
      spoken_status: 'new',
    });
  });

  it('reports spoken progress, metrics in seconds, tool calls per report level, and errors', async () => {
    const sent = await observe(
      [
        createFrame(
          'bot-spoken-text',
          {
            segmentId: 1,
            text: 'one two',
            fullText: 'one two three',
            interrupted: true,
            playedMs: 10,
            totalMs: 20,
            turnText: 'one two',
          },
          clock,
        ),
        createFrame(
          'metrics',
          {
            data: [
              {
                kind: 'llm',
                processor: 'llm',
                model: 'm',
                ttftMs: 250,
                promptTokens: 1,
                completionTokens: 2,
                totalTokens: 3,
              },
              { kind: 'tts', processor: 'tts', ttfbMs: 120, durationMs: 300, characters: 12 },
            ],
          },
          clock,
        ),
        createFrame(
          'function-calls-started',
          { calls: [{ toolCallId: 't1', functionName: 'search' }] },
          clock,
        ),
        createFrame(
          'function-call-in-progress',
          { toolCallId: 't1', functionName: 'search', arguments: { q: 'x' } },
          clock,
        ),
        createFrame(
          'function-call-result',
          { toolCallId: 't1', functionName: 'search', result: [1], cancelled: false },
          clock,
        ),
        createFrame('error', { error: new Error('tts down'), fatal: false }, clock),
      ],
      { functionCallReportLevel: 'name' },
    );
    expect(sent.map((m) => [m.type, m.data])).toEqual([
      [
        'bot-output',
        {
          text: 'one two three',
          aggregated_by: 'sentence',
          segment_id: 1,
          will_be_spoken: true,
          spoken_status: 'in-progress',
          spoken_progress: { accumulated_text: 'one two', remaining_text: 'three' },
        },
      ],
      [
        'metrics',
        {
          ttfb: [
            { processor: 'llm', model: 'm', value: 0.25 },
            { processor: 'tts', value: 0.12 },
          ],
          tokens: [{ processor: 'llm', model: 'm', prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 }],
          processing: [{ processor: 'tts', value: 0.3 }],
          characters: [{ processor: 'tts', value: 12 }],
        },
      ],
      ['llm-function-call-started', { function_name: 'search' }],
      ['llm-function-call-in-progress', { tool_call_id: 't1', function_name: 'search' }],
      ['llm-function-call-stopped', { tool_call_id: 't1', cancelled: false, function_name: 'search' }],
      ['error', { error: 'tts down', message: 'tts down', fatal: false }],
    ]);
  });

  it('aggregates sentences into bot-output for replies that will not be spoken', async () => {
    const sent = await observe([
      createFrame('llm-run', { text: 'typed', source: 'typed', audioResponse: false }, clock),
      createFrame('llm-response-start', {}, clock),
      createFrame('llm-text', { text: 'First one. Sec' }, clock),
      createFrame('llm-text', { text: 'ond one' }, clock),
      createFrame('llm-response-end', {}, clock),
    ]);
    const outputs = sent.filter((m) => m.type === 'bot-output').map((m) => m.data);
    expect(outputs).toEqual([
      { text: 'First one.', aggregated_by: 'sentence', will_be_spoken: false },
      { text: 'Second one', aggregated_by: 'sentence', will_be_spoken: false },
    ]);
    expect(sent[0]).toEqual({ label: 'rtvi-ai', type: 'user-llm-text', data: { text: 'typed' } });
  });

  it('shows words said outside a reply (tts-speak) only when they will not be spoken', async () => {
    const sent = await observe([
      createFrame('tts-speak', { text: 'Hello, welcome.' }, clock),
      createFrame('tts-speak', { text: 'Let us get back to shopping.', audioResponse: false }, clock),
    ]);
    const outputs = sent.filter((m) => m.type === 'bot-output').map((m) => m.data);
    expect(outputs).toEqual([
      { text: 'Let us get back to shopping.', aggregated_by: 'sentence', will_be_spoken: false },
    ]);
  });

  it('keeps a text-only turn text-only across its responses (tool call first), until a spoken turn', async () => {
    const sent = await observe([
      createFrame('llm-run', { text: 'typed', source: 'typed', audioResponse: false }, clock),
      createFrame('llm-response-start', {}, clock),
      createFrame('llm-response-end', {}, clock), // the tool-call step
      createFrame('llm-response-start', {}, clock),
      createFrame('llm-text', { text: 'Found three.' }, clock),
      createFrame('llm-response-end', {}, clock),
      createFrame('transcription', { text: 'and red', userId: 'u', final: true }, clock),
      createFrame('llm-response-start', {}, clock),
      createFrame('llm-text', { text: 'Spoken. ' }, clock),
      createFrame('llm-response-end', {}, clock),
    ]);
    const outputs = sent.filter((m) => m.type === 'bot-output').map((m) => m.data);
    expect(outputs).toEqual([{ text: 'Found three.', aggregated_by: 'sentence', will_be_spoken: false }]);
  });

  it('splits streamed sentences', () => {
    const agg = new SentenceAggregator();
    expect(agg.push('Hello. How ar')).toEqual(['Hello.']);
    expect(agg.push('e you? Fine')).toEqual(['How are you?']);
    expect(agg.flush()).toBe('Fine');
  });
});

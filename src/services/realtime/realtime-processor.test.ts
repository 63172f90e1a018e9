/**
 * The speech-to-speech stage against the OpenAI stand-in over a real socket: session set-up,
 * audio in (resampled) and out, typed and spoken turns, function calls under our policies,
 * barge-in with truncation at what was played, and every kind of bad input the issue names
 * (garbage, invalid arguments, unknown tool, a repeated call, rate limit, server error, a
 * connection cut mid-reply): each a clear error frame, and the session answers the next turn.
 * Stand-in delays are zero and nothing asserts timing; waits poll for an outcome.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createFrame,
  FakeClock,
  type Frame,
  FrameProcessor,
  Pipeline,
  PipelineTask,
} from '../../pipeline/index.ts';
import type { ShopTool } from '../../shop/contract.ts';
import { openAiRealtime } from './providers/openai.ts';
import { RealtimeProcessor } from './realtime-processor.ts';
import { OpenAiStandIn, type StandInOptions } from './standin/openai-standin.ts';
import type { RealtimeSettings } from './types.ts';

class Capture extends FrameProcessor {
  readonly frames: Frame[] = [];
  readonly #dir: 'downstream' | 'upstream';
  constructor(dir: 'downstream' | 'upstream') {
    super({ name: `capture:${dir}` });
    this.#dir = dir;
  }
  protected override process(frame: Frame, direction: 'downstream' | 'upstream'): void {
    if (direction === this.#dir) this.frames.push(frame);
    this.push(frame, direction);
  }
  inject(frame: Frame): void {
    this.push(frame, 'upstream');
  }
}

const executed: { name: string; input: unknown }[] = [];
const policy = { cancelOnInterruption: true, timeoutMs: 5000 };
const tools = [
  {
    name: 'search_products',
    description: 'Search the catalog',
    inputSchema: z.object({ query: z.string().min(1).describe('What to look for') }),
    policy,
    async execute(input: unknown) {
      executed.push({ name: 'search_products', input });
      return {
        result: {
          count: 2,
          products: [
            { id: 'p1', name: 'Trail Runner' },
            { id: 'p2', name: 'Road Racer' },
          ],
        },
        ui: [{ type: 'products', query: 'shoes', items: [] }],
      };
    },
  },
  {
    name: 'add_to_cart',
    description: 'Add to cart',
    inputSchema: z.object({ productId: z.string().min(1), quantity: z.number().int().min(1).default(1) }),
    policy: { ...policy, cancelOnInterruption: false },
    async execute(input: unknown) {
      executed.push({ name: 'add_to_cart', input });
      return { result: { added: input } };
    },
  },
] as unknown as ShopTool[];

const settings = (over: Partial<RealtimeSettings> = {}): RealtimeSettings => ({
  instructions: 'You are the shop assistant.',
  voice: 'marin',
  tools,
  turnDetection: 'server',
  language: 'en',
  temperature: undefined,
  maxOutputTokens: 400,
  noiseReduction: 'near_field',
  transcriptionModel: undefined,
  ...over,
});

const open: { standIn: OpenAiStandIn; task: PipelineTask }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.task.cancel('test over');
    await o.standIn.close();
  }
  executed.length = 0;
});

async function start(over: Partial<RealtimeSettings> = {}, standInOpts: StandInOptions = {}) {
  const standIn = await OpenAiStandIn.start({
    delays: { firstDeltaMs: 0, chunkIntervalMs: 0, chunkMs: 100, msPerChar: 20 },
    ...standInOpts,
  });
  const clock = new FakeClock();
  const service = openAiRealtime.create({
    OPENAI_REALTIME_URL: standIn.url,
    OPENAI_REALTIME_MODEL: 'gpt-realtime',
    OPENAI_REALTIME_API: 'ga',
    OPENAI_REALTIME_TRANSCRIPTION_MODEL: 'gpt-4o-mini-transcribe',
    REALTIME_API_KEY: 'test-key',
    REALTIME_CONNECT_TIMEOUT_MS: 10_000,
  });
  const proc = new RealtimeProcessor({
    name: 'realtime:test',
    service,
    settings: settings(over),
    tools,
    user: { userId: 'u1', sessionId: 's1' },
    maxToolSteps: 3,
    reconnects: 2,
  });
  const up = new Capture('upstream');
  const down = new Capture('downstream');
  const task = new PipelineTask(new Pipeline([up, proc, down]), {
    clock,
    params: { enableMetrics: true, audioInSampleRate: 16_000 },
    idleTimeoutMs: null,
  });
  open.push({ standIn, task });
  await task.start();
  const send = (frame: Frame) => task.queueFrames(frame);
  const f = <T extends Parameters<typeof createFrame>[0]>(
    type: T,
    payload: Parameters<typeof createFrame<T>>[1],
  ) => createFrame(type, payload, clock);
  return { standIn, clock, proc, up, down, task, send, f };
}

async function until(what: string, cond: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const typesOf = (frames: Frame[]) => frames.map((x) => x.type);
const errorsOf = (frames: Frame[]) =>
  frames.filter((x): x is Frame<'error'> => x.type === 'error').map((x) => x.error.message);

describe('RealtimeProcessor with the OpenAI stand-in', () => {
  it('configures the session: voice, instructions, tools from our zod schemas, server VAD, transcription, noise reduction, token cap', async () => {
    const { standIn } = await start();
    await until('session.update', () => standIn.receivedOf('session.update').length === 1);
    // biome-ignore lint/suspicious/noExplicitAny: reading JSON events in assertions
    const session = standIn.receivedOf('session.update')[0]!.session as Record<string, any>;
    expect(session.type).toBe('realtime');
    expect(session.instructions).toBe('You are the shop assistant.');
    expect(session.audio.output.voice).toBe('marin');
    expect(session.audio.input.format).toEqual({ type: 'audio/pcm', rate: 24_000 });
    expect(session.audio.input.turn_detection).toMatchObject({
      type: 'server_vad',
      interrupt_response: true,
    });
    expect(session.audio.input.transcription).toEqual({ model: 'gpt-4o-mini-transcribe', language: 'en' });
    expect(session.audio.input.noise_reduction).toEqual({ type: 'near_field' });
    expect(session.max_output_tokens).toBe(400);
    expect(session.tools[0]).toMatchObject({
      type: 'function',
      name: 'search_products',
      parameters: {
        type: 'object',
        properties: { query: { type: 'string', description: 'What to look for' } },
      },
    });
  });

  it('local turn detection: no server VAD; our VAD frames commit the buffer and ask for the reply', async () => {
    const { standIn, send, f, down } = await start({ turnDetection: 'local' });
    await until('session.update', () => standIn.receivedOf('session.update').length === 1);
    // biome-ignore lint/suspicious/noExplicitAny: reading JSON events in assertions
    const session = standIn.receivedOf('session.update')[0]!.session as Record<string, any>;
    expect(session.audio.input.turn_detection).toBeNull();
    send(f('vad-user-started-speaking', { startSecs: 0.2 }));
    send(f('input-audio', { audio: new Int16Array(1600), sampleRate: 16_000, channels: 1 }));
    send(f('vad-user-stopped-speaking', { stopSecs: 0.8 }));
    await until('reply', () => typesOf(down.frames).includes('llm-response-end'));
    expect(standIn.receivedOf('input_audio_buffer.commit')).toHaveLength(1);
    expect(standIn.receivedOf('response.create')).toHaveLength(1);
    expect(typesOf(down.frames)).toContain('user-stopped-speaking');
    // The stand-in "heard" its default words: transcribed, shown and recorded as the user's turn.
    expect(down.frames.find((x) => x.type === 'transcription' && x.final)).toMatchObject({
      text: 'hello',
      final: true,
    });
  });

  it('resamples the shopper’s audio to 24 kHz PCM16 and the model’s audio arrives at 24 kHz', async () => {
    const { standIn, send, f } = await start();
    await until('session', () => standIn.receivedOf('session.update').length === 1);
    for (let i = 0; i < 10; i++)
      send(f('input-audio', { audio: new Int16Array(320), sampleRate: 16_000, channels: 1 }));
    await until('audio appended', () => standIn.receivedOf('input_audio_buffer.append').length >= 9);
    const bytes = standIn
      .receivedOf('input_audio_buffer.append')
      .reduce((n, m) => n + Buffer.from(String(m.audio), 'base64').length, 0);
    // 3200 samples at 16 kHz = 200 ms = 4800 samples at 24 kHz, less the resampler's latency.
    expect(bytes / 2).toBeGreaterThan(4400);
    expect(bytes / 2).toBeLessThanOrEqual(4800);
  });

  it('audio at another rate or in stereo is downmixed and resampled, not sent as is', async () => {
    const { standIn, send, f } = await start();
    await until('session', () => standIn.receivedOf('session.update').length === 1);
    // 200 ms of 48 kHz stereo (interleaved): 9600 frames.
    for (let i = 0; i < 10; i++)
      send(f('input-audio', { audio: new Int16Array(960 * 2), sampleRate: 48_000, channels: 2 }));
    await until('audio appended', () => standIn.receivedOf('input_audio_buffer.append').length >= 9);
    const samples =
      standIn
        .receivedOf('input_audio_buffer.append')
        .reduce((n, m) => n + Buffer.from(String(m.audio), 'base64').length, 0) / 2;
    expect(samples).toBeGreaterThan(4400);
    expect(samples).toBeLessThanOrEqual(4800);
  });

  it('a typed turn: searches with our tool, sends the result back, speaks the answer with captions, metrics and UI', async () => {
    const { standIn, send, f, down, up } = await start();
    send(f('llm-run', { text: 'show me trail shoes', source: 'typed', audioResponse: true }));
    await until('answer', () => typesOf(down.frames).filter((t) => t === 'llm-response-end').length === 2);
    expect(executed).toEqual([{ name: 'search_products', input: { query: 'trail shoes' } }]);
    const output = standIn
      .receivedOf('conversation.item.create')
      // biome-ignore lint/suspicious/noExplicitAny: reading JSON events in assertions
      .find((m) => (m.item as any).type === 'function_call_output');
    // biome-ignore lint/suspicious/noExplicitAny: reading JSON events in assertions
    expect(JSON.parse((output!.item as any).output)).toMatchObject({ count: 2 });
    const types = typesOf(down.frames).filter((t) => t !== 'start');
    expect(types[0]).toBe('llm-run');
    for (const t of [
      'function-calls-started',
      'function-call-in-progress',
      'function-call-result',
      'output-transport-message',
      'tts-started',
      'output-audio',
      'tts-text',
      'llm-text',
      'tts-stopped',
    ])
      expect(types).toContain(t);
    const audio = down.frames.find((x): x is Frame<'output-audio'> => x.type === 'output-audio')!;
    expect(audio.sampleRate).toBe(24_000);
    const text = down.frames
      .filter((x): x is Frame<'llm-text'> => x.type === 'llm-text')
      .map((x) => x.text)
      .join('');
    expect(text).toContain('Trail Runner');
    const metrics = up.frames.concat(down.frames).filter((x): x is Frame<'metrics'> => x.type === 'metrics');
    expect(metrics.flatMap((m) => m.data)).toContainEqual(
      expect.objectContaining({ kind: 'llm', totalTokens: 42 }),
    );
    expect(errorsOf(up.frames)).toEqual([]);
  });

  it('barge-in (server VAD): interrupts both ways and truncates the assistant item at what the output played', async () => {
    const { standIn, send, f, down, up } = await start(
      {},
      { delays: { firstDeltaMs: 0, chunkIntervalMs: 30, chunkMs: 100, msPerChar: 60 } },
    );
    send(f('llm-run', { text: 'hello there', source: 'typed', audioResponse: true }));
    await until('reply audio', () => typesOf(down.frames).filter((t) => t === 'output-audio').length >= 3);
    // What the output transport reports as it plays: 600 ms of the segment heard before the cut.
    const firstText = down.frames.find((x) => x.type === 'tts-text')!;
    expect(firstText).toBeDefined();
    down.inject(f('bot-started-speaking', {}));
    down.inject(f('bot-segment-started', { segmentId: 77, text: 'I can' }));
    await until('segment seen', () => up.frames.some((x) => x.type === 'bot-segment-started'));
    // The shopper talks: a loud tone crosses the stand-in's VAD.
    const loud = new Int16Array(1600).map((_, i) =>
      Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 16_000)),
    );
    for (let i = 0; i < 3; i++) send(f('input-audio', { audio: loud, sampleRate: 16_000, channels: 1 }));
    await until('interruption', () => up.frames.some((x) => x.type === 'interruption'));
    expect(typesOf(down.frames)).toContain('interruption');
    expect(typesOf(down.frames)).toContain('user-started-speaking');
    down.inject(
      f('bot-spoken-text', {
        segmentId: 77,
        text: 'I can',
        fullText: 'I can search the shop',
        interrupted: true,
        playedMs: 600,
        totalMs: 2000,
        turnText: 'I can',
      }),
    );
    await until('truncate', () => standIn.log.truncations.length === 1);
    expect(standIn.log.truncations[0]!.audio_end_ms).toBe(600);
    // The server VAD cancelled the reply itself: we sent no response.cancel of our own.
    expect(standIn.receivedOf('response.cancel')).toHaveLength(0);
  });

  it('barge-in from our side (RTVI / local VAD) cancels the reply and drops its late audio', async () => {
    const { standIn, send, f, down, task } = await start(
      { turnDetection: 'local' },
      { delays: { firstDeltaMs: 0, chunkIntervalMs: 20, chunkMs: 100, msPerChar: 60 } },
    );
    send(f('llm-run', { text: 'hello there', source: 'typed', audioResponse: true }));
    await until('reply audio', () => typesOf(down.frames).includes('output-audio'));
    task.queueFrames(f('vad-user-started-speaking', { startSecs: 0.2 }));
    await until('cancel', () => standIn.receivedOf('response.cancel').length === 1);
    await until('clear', () => standIn.receivedOf('input_audio_buffer.clear').length === 1);
    const afterCut = down.frames.length;
    await until('response.done', () => standIn.log.sent.some((m) => m.type === 'response.done'));
    await new Promise((r) => setTimeout(r, 50));
    expect(typesOf(down.frames.slice(afterCut))).not.toContain('output-audio');
    // Nothing played (the output never started): the item is cut at 0 ms.
    expect(standIn.log.truncations.map((t) => t.audio_end_ms)).toEqual([0]);
  });

  describe('bad input: a clear error frame, the session goes on, nothing recorded twice', () => {
    async function answersNextTurn(s: Awaited<ReturnType<typeof start>>, ends: number) {
      s.send(s.f('llm-run', { text: 'thanks', source: 'typed', audioResponse: true }));
      await until(
        'next answer',
        () => typesOf(s.down.frames).filter((t) => t === 'llm-response-end').length >= ends,
      );
    }

    it('garbage from the server', async () => {
      const s = await start();
      s.standIn.faults.push({ kind: 'garbage' });
      s.send(s.f('llm-run', { text: 'hi', source: 'typed', audioResponse: true }));
      await until('answer', () => typesOf(s.down.frames).includes('llm-response-end'));
      const errors = errorsOf(s.up.frames);
      expect(errors.some((m) => m.includes('unparsable message'))).toBe(true);
      expect(errors.some((m) => m.includes('bad response.output_audio.delta event'))).toBe(true);
      await answersNextTurn(s, 2);
    });

    it('invalid JSON arguments and arguments failing the schema', async () => {
      const s = await start();
      s.standIn.faults.push({ kind: 'call', name: 'search_products', arguments: '{"query": ' });
      s.standIn.faults.push({ kind: 'call', name: 'add_to_cart', arguments: '{"productId": ""}' });
      s.send(s.f('llm-run', { text: 'find shoes', source: 'typed', audioResponse: true }));
      await until(
        'both refused',
        () => s.down.frames.filter((x) => x.type === 'function-call-result').length === 2,
      );
      const results = s.down.frames.filter(
        (x): x is Frame<'function-call-result'> => x.type === 'function-call-result',
      );
      expect(JSON.stringify(results[0]!.result)).toContain('not JSON');
      expect(JSON.stringify(results[1]!.result)).toContain('Invalid arguments for add_to_cart');
      expect(executed).toEqual([]);
      const errors = errorsOf(s.up.frames);
      expect(errors.filter((m) => m.includes('was refused'))).toHaveLength(2);
      // Both errors went back to the model, which answered.
      await until('answer', () => typesOf(s.down.frames).includes('tts-stopped'));
      expect(
        s.standIn
          .receivedOf('conversation.item.create')
          // biome-ignore lint/suspicious/noExplicitAny: reading JSON events in assertions
          .filter((m) => (m.item as any).type === 'function_call_output'),
      ).toHaveLength(2);
    });

    it('an unknown tool name, and a call the provider repeats', async () => {
      const s = await start();
      s.standIn.faults.push({ kind: 'call', name: 'delete_everything', arguments: '{}' });
      s.send(s.f('llm-run', { text: 'do it', source: 'typed', audioResponse: true }));
      await until('refused', () => s.down.frames.some((x) => x.type === 'function-call-result'));
      expect(
        errorsOf(s.up.frames).some((m) => m.includes('delete_everything') && m.includes('Unknown tool')),
      ).toBe(true);
      await until('answer', () => typesOf(s.down.frames).includes('tts-stopped'));

      s.standIn.faults.push({
        kind: 'call',
        name: 'search_products',
        arguments: '{"query":"socks"}',
        repeat: true,
      });
      s.send(s.f('llm-run', { text: 'socks', source: 'typed', audioResponse: true }));
      await until(
        'second answer',
        () => typesOf(s.down.frames).filter((t) => t === 'tts-stopped').length === 2,
      );
      expect(executed).toEqual([{ name: 'search_products', input: { query: 'socks' } }]);
      expect(s.down.frames.filter((x) => x.type === 'function-call-in-progress')).toHaveLength(2); // one per call id
    });

    it('a rate limit and a server error fail one reply each', async () => {
      const s = await start();
      s.standIn.faults.push({ kind: 'rate-limit' }, { kind: 'server-error' });
      s.send(s.f('llm-run', { text: 'hi', source: 'typed', audioResponse: true }));
      await until('rate limit', () => errorsOf(s.up.frames).some((m) => m.includes('rate limit')));
      s.send(s.f('llm-run', { text: 'hi again', source: 'typed', audioResponse: true }));
      await until('server error', () => errorsOf(s.up.frames).some((m) => m.includes('server_error')));
      expect(s.up.frames.filter((x): x is Frame<'error'> => x.type === 'error').every((x) => !x.fatal)).toBe(
        true,
      );
      await answersNextTurn(s, 3);
    });

    it('a connection cut mid-reply: error frame, the reply closed, reconnected with the conversation replayed', async () => {
      const s = await start();
      s.standIn.faults.push({ kind: 'cut', afterChunks: 2 });
      s.send(s.f('llm-run', { text: 'tell me about your shop', source: 'typed', audioResponse: true }));
      await until('cut reported', () =>
        errorsOf(s.up.frames).some((m) => m.includes('closed the connection')),
      );
      expect(typesOf(s.down.frames)).toContain('llm-response-end');
      await until('reconnected', () => s.standIn.log.connections === 2 && s.proc.connected);
      // The turn itself, then its replay into the new session.
      const replayed = () =>
        s.standIn.log.received.filter(
          (m) =>
            m.type === 'conversation.item.create' && JSON.stringify(m).includes('tell me about your shop'),
        ).length;
      await until('replayed', () => replayed() === 2);
      await answersNextTurn(s, 2);
    });
  });

  it('a refused connection (bad key) is a clear error, not a crash', async () => {
    const standIn = await OpenAiStandIn.start({ requireKey: true });
    const service = openAiRealtime.create({
      OPENAI_REALTIME_URL: standIn.url,
      OPENAI_REALTIME_MODEL: 'gpt-realtime',
      OPENAI_REALTIME_API: 'ga',
      OPENAI_REALTIME_TRANSCRIPTION_MODEL: 'none',
      REALTIME_API_KEY: undefined,
      REALTIME_CONNECT_TIMEOUT_MS: 10_000,
    });
    const clock = new FakeClock();
    await expect(
      service.open({
        settings: settings(),
        history: [],
        onEvent: () => {},
        signal: new AbortController().signal,
        clock,
      }),
    ).rejects.toThrow(/credentials.*API key/);
    await standIn.close();
  });
});

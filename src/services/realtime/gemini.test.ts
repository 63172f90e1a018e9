/**
 * Gemini Live through @google/genai against the Gemini stand-in: the set-up the SDK sends, a
 * typed turn with a tool call answered by toolResponse and a spoken reply, the model's own VAD
 * interrupting a reply, a non-JSON frame survived, and a quota close (1011) reported and
 * reconnected with the conversation replayed. Waits poll for outcomes; nothing is timed.
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
import { geminiLive } from './providers/gemini.ts';
import { RealtimeProcessor } from './realtime-processor.ts';
import { GeminiStandIn } from './standin/gemini-standin.ts';

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
}

const executed: unknown[] = [];
const tools = [
  {
    name: 'search_products',
    description: 'Search the catalog',
    inputSchema: z.object({ query: z.string().min(1) }),
    policy: { cancelOnInterruption: true, timeoutMs: 5000 },
    async execute(input: unknown) {
      executed.push(input);
      return { result: { count: 1, products: [{ id: 'p1', name: 'Trail Runner' }] } };
    },
  },
] as unknown as ShopTool[];

const open: { standIn: GeminiStandIn; task: PipelineTask }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.task.cancel('test over');
    await o.standIn.close();
  }
  executed.length = 0;
});

async function start(turnDetection: 'server' | 'local' = 'server', chunkIntervalMs = 0) {
  const standIn = await GeminiStandIn.start({
    delays: { firstDeltaMs: 0, chunkIntervalMs, chunkMs: 100, msPerChar: 20 },
  });
  const clock = new FakeClock();
  const service = geminiLive.create({
    GEMINI_LIVE_MODEL: 'gemini-live-test',
    GEMINI_LIVE_BASE_URL: standIn.baseUrl,
    REALTIME_API_KEY: 'test-key',
    REALTIME_CONNECT_TIMEOUT_MS: 10_000,
  });
  const proc = new RealtimeProcessor({
    name: 'realtime:gemini',
    service,
    settings: {
      instructions: 'You are the shop assistant.',
      voice: 'Kore',
      tools,
      turnDetection,
      language: 'en',
      temperature: 0.7,
      maxOutputTokens: 300,
      noiseReduction: 'off',
      transcriptionModel: undefined,
    },
    tools,
    user: { userId: 'u1', sessionId: 's1' },
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
  return { standIn, clock, proc, up, down, send };
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

describe('RealtimeProcessor with Gemini Live (stand-in)', () => {
  it('sets the session up: model, voice, instruction, tools as JSON Schema, transcription, temperature, token cap', async () => {
    const { standIn } = await start();
    const setup = standIn.receivedOf('setup')[0]!.setup as Record<string, unknown>;
    expect(standIn.keys).toEqual(['test-key']);
    expect(JSON.stringify(setup)).toContain('gemini-live-test');
    expect(JSON.stringify(setup.systemInstruction)).toContain('You are the shop assistant.');
    const text = JSON.stringify(setup);
    for (const s of [
      '"voiceName":"Kore"',
      '"name":"search_products"',
      '"inputAudioTranscription"',
      '"outputAudioTranscription"',
      '"temperature":0.7',
      '"maxOutputTokens":300',
      '"disabled":false',
    ])
      expect(text).toContain(s);
  });

  it('a typed turn: tool call answered with toolResponse, then the spoken reply with captions and usage', async () => {
    const { standIn, send, clock, down, up } = await start();
    send(
      createFrame('llm-run', { text: 'show me trail shoes', source: 'typed', audioResponse: true }, clock),
    );
    await until('reply', () => typesOf(down.frames).includes('tts-stopped'));
    expect(executed).toEqual([{ query: 'trail shoes' }]);
    const response = standIn.receivedOf('toolResponse')[0]!.toolResponse as {
      functionResponses: { name: string; response: unknown }[];
    };
    expect(response.functionResponses[0]).toMatchObject({ name: 'search_products', response: { count: 1 } });
    const audio = down.frames.find((x): x is Frame<'output-audio'> => x.type === 'output-audio')!;
    expect(audio.sampleRate).toBe(24_000);
    const said = down.frames
      .filter((x): x is Frame<'llm-text'> => x.type === 'llm-text')
      .map((x) => x.text)
      .join('');
    expect(said).toContain('Trail Runner');
    const metrics = up.frames.concat(down.frames).filter((x): x is Frame<'metrics'> => x.type === 'metrics');
    expect(metrics.flatMap((m) => m.data)).toContainEqual(
      expect.objectContaining({ kind: 'llm', totalTokens: 42 }),
    );
    expect(errorsOf(up.frames)).toEqual([]);
  });

  it('the model’s VAD interrupts a reply: interruption both ways, the shopper’s words transcribed, answered', async () => {
    const { send, clock, down, up } = await start('server', 30);
    send(createFrame('llm-run', { text: 'hello', source: 'typed', audioResponse: true }, clock));
    await until('reply audio', () => typesOf(down.frames).filter((t) => t === 'output-audio').length >= 2);
    const loud = new Int16Array(1600).map((_, i) =>
      Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 16_000)),
    );
    for (let i = 0; i < 3; i++)
      send(createFrame('input-audio', { audio: loud, sampleRate: 16_000, channels: 1 }, clock));
    await until('interruption', () => up.frames.some((x) => x.type === 'interruption'));
    for (let i = 0; i < 6; i++)
      send(
        createFrame('input-audio', { audio: new Int16Array(1600), sampleRate: 16_000, channels: 1 }, clock),
      );
    await until('final transcript', () => down.frames.some((x) => x.type === 'transcription' && x.final));
    await until('answered', () => typesOf(down.frames).includes('tts-stopped'));
  });

  it('a non-JSON frame is an error frame, not a crash; a quota close is reported and the session reconnects', async () => {
    const { standIn, send, clock, down, up, proc } = await start();
    standIn.faults.push({ kind: 'garbage' });
    send(createFrame('llm-run', { text: 'hi', source: 'typed', audioResponse: true }, clock));
    await until('reply', () => typesOf(down.frames).includes('tts-stopped'));
    expect(errorsOf(up.frames).some((m) => m.includes('unparsable message'))).toBe(true);
    standIn.faults.push({ kind: 'rate-limit' });
    send(createFrame('llm-run', { text: 'hi again', source: 'typed', audioResponse: true }, clock));
    await until('quota error', () => errorsOf(up.frames).some((m) => /exhausted/.test(m)));
    await until('reconnected', () => standIn.connections === 2 && proc.connected);
    // The turn, then its replay into the new session.
    await until(
      'replayed',
      () => standIn.received.filter((m) => JSON.stringify(m).includes('hi again')).length === 2,
    );
    send(createFrame('llm-run', { text: 'thanks', source: 'typed', audioResponse: true }, clock));
    await until(
      'answered after reconnect',
      () => typesOf(down.frames).filter((t) => t === 'tts-stopped').length === 2,
    );
  });
});

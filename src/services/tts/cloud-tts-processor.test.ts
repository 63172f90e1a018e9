/** TtsProcessor over a real WebSocket provider (Cartesia wire format on loopback): interruption end to end. */
import { expect, it } from 'vitest';
import { createFrame, type Frame, SystemClock } from '../../pipeline/index.ts';
import { runProcessorTest } from '../../pipeline/testing.ts';
import { FakeProviderServer } from '../ws-test-server.ts';
import { CartesiaTtsService } from './cartesia.ts';
import { TtsProcessor } from './tts-processor.ts';

const clock = new SystemClock();
const chunk = (contextId: unknown, samples: number) => ({
  type: 'chunk',
  data: Buffer.alloc(samples * 2, 1).toString('base64'),
  context_id: contextId,
});

it('an interruption cancels the Cartesia context at once and no audio of it is played afterwards', async () => {
  const server = await FakeProviderServer.start();
  const tts = new CartesiaTtsService({ apiKey: 'k', baseUrl: server.url, voices: { en: 'v', es: 'v' } });
  const request = async (n: number) => {
    const { conn, msg } = await server.nthMessage(
      n,
      (m) => m.kind === 'json' && typeof m.json.transcript === 'string',
    );
    return { conn, json: msg.kind === 'json' ? msg.json : {} };
  };
  // Waits on frames as they pass instead of sleeping.
  const seen: Frame[] = [];
  const waiters: (() => void)[] = [];
  const observer = {
    onFrameHop: (hop: { frame: Frame; destination: string }) => {
      if (hop.destination !== 'test:down') return;
      seen.push(hop.frame);
      for (const w of waiters.splice(0)) w();
    },
  };
  const audioFrames = async (n: number) => {
    while (seen.filter((f) => f.type === 'output-audio').length < n)
      await new Promise<void>((r) => waiters.push(r));
  };
  try {
    const { down } = await runProcessorTest(
      new TtsProcessor({ tts }),
      [
        createFrame('llm-response-start', {}, clock),
        createFrame('llm-text', { text: 'Hello there. And a second sentence' }, clock),
        {
          run: async () => {
            const first = await request(0);
            expect(first.json.transcript).toBe('Hello there.');
            first.conn.send(chunk(first.json.context_id, 2400));
          },
        },
        { run: () => audioFrames(1) },
        createFrame('interruption', {}, clock),
        {
          run: async () => {
            const first = await request(0);
            await first.conn.nextJson((j) => j.cancel === true && j.context_id === first.json.context_id);
            // The provider was mid-sentence: whatever it still sends for that context is stale.
            first.conn.send(chunk(first.json.context_id, 2400));
            first.conn.send({ type: 'done', done: true, context_id: first.json.context_id });
          },
        },
        createFrame('llm-response-start', {}, clock),
        createFrame('llm-text', { text: 'New answer.' }, clock),
        createFrame('llm-response-end', {}, clock),
        {
          run: async () => {
            const next = await request(1);
            expect(next.json.transcript).toBe('New answer.');
            next.conn.send(chunk(next.json.context_id, 1200));
            next.conn.send({ type: 'done', done: true, context_id: next.json.context_id });
          },
        },
        { run: () => audioFrames(2) },
      ],
      { clock, params: { audioOutSampleRate: 24_000 }, observers: [observer] },
    );
    const cut = down.findIndex((f) => f.type === 'interruption');
    const audioBefore = down
      .slice(0, cut)
      .filter((f): f is Frame<'output-audio'> => f.type === 'output-audio');
    const after = down.slice(cut);
    const audioAfter = after.filter((f): f is Frame<'output-audio'> => f.type === 'output-audio');
    expect(audioBefore.reduce((n, f) => n + f.audio.length, 0)).toBe(2400);
    expect(audioAfter.reduce((n, f) => n + f.audio.length, 0)).toBe(1200);
    expect(after.filter((f) => f.type === 'tts-text').map((f) => (f as Frame<'tts-text'>).text)).toEqual([
      'New answer.',
    ]);
    expect(tts.activeContexts).toBe(0);
    // One socket served both replies.
    expect(server.upgrades).toHaveLength(1);
  } finally {
    await tts.close();
    await server.stop();
  }
});

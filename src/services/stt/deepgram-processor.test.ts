/** SttProcessor over Deepgram's wire format on loopback: VAD turn → Finalize → final transcription frame. */
import { expect, it } from 'vitest';
import { createFrame, type Frame, SystemClock } from '../../pipeline/index.ts';
import { runProcessorTest } from '../../pipeline/testing.ts';
import { FakeProviderServer } from '../ws-test-server.ts';
import { DeepgramSttService } from './deepgram.ts';
import { SttProcessor } from './stt-processor.ts';

const clock = new SystemClock();
const results = (text: string, start: number, duration: number, isFinal: boolean, fromFinalize = false) => ({
  type: 'Results',
  start,
  duration,
  is_final: isFinal,
  speech_final: fromFinalize,
  from_finalize: fromFinalize,
  channel: { alternatives: [{ transcript: text, confidence: 0.95 }] },
});

it('streams a user turn to Deepgram and pushes interim then final transcriptions', async () => {
  const server = await FakeProviderServer.start();
  let finalSeen: () => void = () => {};
  const finalized = new Promise<void>((r) => {
    finalSeen = r;
  });
  const stt = new DeepgramSttService({
    apiKey: 'k',
    baseUrl: server.url,
    clock,
  });
  const speech = () =>
    createFrame(
      'input-audio',
      { audio: new Int16Array(1600).fill(300), sampleRate: 16_000, channels: 1 },
      clock,
    );
  let interimSeen: () => void = () => {};
  const interim = new Promise<void>((r) => {
    interimSeen = r;
  });
  const observer = {
    onFrameHop: (hop: { frame: Frame; destination: string }) => {
      if (hop.destination !== 'test:down' || hop.frame.type !== 'transcription') return;
      if (hop.frame.final) finalSeen();
      else interimSeen();
    },
  };
  try {
    const { down } = await runProcessorTest(
      new SttProcessor({ stt, userId: 'u1', prerollMs: 0 }),
      [
        createFrame('user-started-speaking', {}, clock),
        ...Array.from({ length: 10 }, speech),
        {
          run: async () => {
            const conn = await server.connection(0);
            await conn.audioBytes(32_000);
            conn.send(results('add two', 0, 0.6, false));
          },
        },
        { run: () => interim },
        createFrame('user-stopped-speaking', {}, clock),
        {
          run: async () => {
            const conn = await server.connection(0);
            await conn.nextJson((j) => j.type === 'Finalize');
            conn.send(results('add two hoodies', 0, 1, true, true));
            await finalized;
          },
        },
      ],
      { clock, observers: [observer] },
    );
    const t = down.filter((f): f is Frame<'transcription'> => f.type === 'transcription');
    expect(t.map((f) => [f.text, f.final])).toEqual([
      ['add two', false],
      ['add two hoodies', true],
    ]);
    expect(t[1]).toMatchObject({ userId: 'u1', language: 'en' });
    // The processor's stop closed the stream: CloseStream was sent and the socket is gone.
    const conn = await server.connection(0);
    await conn.nextJson((j) => j.type === 'CloseStream');
    await conn.closed;
  } finally {
    await stt.close();
    await server.stop();
  }
});

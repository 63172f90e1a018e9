/** SttProcessor over WhisperLiveKit's /asr on loopback: two user turns → interim and final transcription frames. */
import { expect, it } from 'vitest';
import { createFrame, type Frame, SystemClock } from '../../pipeline/index.ts';
import { runProcessorTest, watchDownstream } from '../../pipeline/testing.ts';
import { FakeProviderServer } from '../ws-test-server.ts';
import { SttProcessor } from './stt-processor.ts';
import { WhisperLiveKitSttService } from './whisperlivekit.ts';

const clock = new SystemClock();

it('each user turn ends its socket’s audio, is answered by ready_to_stop, and the next turn streams on a fresh socket', async () => {
  const server = await FakeProviderServer.start();
  const stt = new WhisperLiveKitSttService({ url: server.url, clock });
  const speech = () =>
    createFrame(
      'input-audio',
      { audio: new Int16Array(1600).fill(300), sampleRate: 16_000, channels: 1 },
      clock,
    );
  const watch = watchDownstream();
  const transcripts = (seen: readonly Frame[]) =>
    seen.filter((f): f is Frame<'transcription'> => f.type === 'transcription');
  const turn = (n: number, interim: string, final: string) => [
    createFrame('user-started-speaking', {}, clock),
    ...Array.from({ length: 10 }, speech),
    {
      run: async () => {
        const conn = await server.connection(n);
        await conn.audioBytes(32_000);
        conn.send({ lines: [], buffer_transcription: interim });
        await watch.until((seen) => transcripts(seen).some((f) => f.text === interim && !f.final));
      },
    },
    createFrame('user-stopped-speaking', {}, clock),
    {
      run: async () => {
        const conn = await server.connection(n);
        await conn.next((m) => m.kind === 'binary' && m.bytes.length === 0);
        conn.send({ lines: [{ speaker: 1, text: final, start: 0, end: 1 }], buffer_transcription: '' });
        conn.send({ type: 'ready_to_stop' });
        await watch.until((seen) => transcripts(seen).some((f) => f.text === final && f.final));
      },
    },
  ];
  try {
    const { down } = await runProcessorTest(
      new SttProcessor({ stt, userId: 'u1', prerollMs: 0 }),
      [...turn(0, 'show me', 'show me red hoodies'), ...turn(1, 'add the', 'add the large one')],
      { clock, observers: [watch.observer] },
    );
    const t = transcripts(down);
    expect(t.map((f) => [f.text, f.final])).toEqual([
      ['show me', false],
      ['show me red hoodies', true],
      ['add the', false],
      ['add the large one', true],
    ]);
    expect(t[3]).toMatchObject({ userId: 'u1' });
    // The processor's stop closed the stream: every socket is gone.
    await server.allClosed();
    expect(server.openConnections).toBe(0);
  } finally {
    await stt.close();
    await server.stop();
  }
});

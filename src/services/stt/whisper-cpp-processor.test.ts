/** SttProcessor over whisper.cpp's /inference on loopback: each user turn is one request carrying exactly that turn's audio, answered by one final transcription. */
import { expect, it } from 'vitest';
import { readWav } from '../../audio/wav.ts';
import { createFrame, type Frame, SystemClock } from '../../pipeline/index.ts';
import { runProcessorTest, watchDownstream } from '../../pipeline/testing.ts';
import { FakeHttpServer } from '../http-test-server.ts';
import { SttProcessor } from './stt-processor.ts';
import { createWhisperCppStt } from './whisper-cpp.ts';

const clock = new SystemClock();

it('two user turns become two /inference requests with their own audio and two final transcriptions', async () => {
  const server = await FakeHttpServer.start();
  // Answers as whisper-server does: leading space, trailing newline, non-speech markers included.
  server.script(
    (r) => {
      r.res.writeHead(200, { 'content-type': 'application/json' });
      r.res.end(JSON.stringify({ text: ' Show me red hoodies. [BLANK_AUDIO]\n' }));
    },
    (r) => {
      r.res.writeHead(200, { 'content-type': 'application/json' });
      r.res.end(JSON.stringify({ text: ' Add the large one.\n' }));
    },
  );
  const stt = createWhisperCppStt(
    {
      WHISPER_CPP_URL: server.url,
      WHISPER_CPP_TIMEOUT_MS: 10_000,
      WHISPER_CPP_MAX_RETRIES: 0,
      WHISPER_CPP_PROMPT: undefined,
    },
    { clock },
  );
  const watch = watchDownstream();
  const transcripts = (seen: readonly Frame[]) =>
    seen.filter((f): f is Frame<'transcription'> => f.type === 'transcription');
  // Each turn's samples carry their own value, so audio leaking between turns would show.
  const turn = (level: number, finals: number) => [
    createFrame('user-started-speaking', {}, clock),
    ...Array.from({ length: 10 }, () =>
      createFrame(
        'input-audio',
        { audio: new Int16Array(1600).fill(level), sampleRate: 16_000, channels: 1 },
        clock,
      ),
    ),
    createFrame('user-stopped-speaking', {}, clock),
    { run: () => watch.until((seen) => transcripts(seen).filter((f) => f.final).length >= finals) },
  ];
  try {
    const { down } = await runProcessorTest(
      new SttProcessor({ stt, userId: 'u1', prerollMs: 0 }),
      [...turn(300, 1), ...turn(-700, 2)],
      { clock, observers: [watch.observer] },
    );
    const t = transcripts(down);
    expect(t.map((f) => [f.text, f.final])).toEqual([
      ['Show me red hoodies.', true],
      ['Add the large one.', true],
    ]);
    expect(t[1]).toMatchObject({ userId: 'u1' });
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/inference'],
      ['POST', '/inference'],
    ]);
    const audio = await Promise.all(
      server.requests.map(async (r) => {
        const form = await new Response(new Uint8Array(r.body), {
          headers: { 'content-type': String(r.headers['content-type']) },
        }).formData();
        const wav = readWav(new Uint8Array(await (form.get('file') as File).arrayBuffer()));
        return { rate: wav.sampleRate, n: wav.samples.length, levels: [...new Set(wav.samples)] };
      }),
    );
    expect(audio).toEqual([
      { rate: 16_000, n: 16_000, levels: [300] },
      { rate: 16_000, n: 16_000, levels: [-700] },
    ]);
  } finally {
    await stt.close();
    await server.stop();
  }
});

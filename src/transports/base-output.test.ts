import { describe, expect, it } from 'vitest';
import { createFrame, FakeClock, type Frame, type TimerHandle } from '../pipeline/index.ts';
import { runProcessorTest, types } from '../pipeline/testing.ts';
import { spokenPrefix } from './played-text.ts';
import { RecordingOutput, tone } from './testing.ts';

const clock = new FakeClock();
const audio = (samples: Int16Array, sampleRate = 24_000, at = clock) =>
  createFrame('output-audio', { audio: samples, sampleRate, channels: 1 }, at);
const ttsText = (text: string) => createFrame('tts-text', { text }, clock);
const ttsStopped = (at = clock) => createFrame('tts-stopped', {}, at);
const interruption = () => createFrame('interruption', {}, clock);

function spoken(frames: Frame[]) {
  return frames.flatMap((f) => (f.type === 'bot-spoken-text' ? [f] : []));
}

describe('BaseOutputTransport pacing', () => {
  it("forwards the shopper's audio at once and in order while bot audio is still queued", async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    const mic = (n: number) =>
      createFrame('input-audio', { audio: new Int16Array([n]), sampleRate: 16_000, channels: 1 }, clock);
    const { down } = await runProcessorTest(out, [
      audio(tone(24_000, 24_000)), // 1 s of reply, paced out over the next second
      mic(1),
      createFrame('user-started-speaking', {}, clock),
      mic(2),
    ]);
    const heard = down.flatMap((f): (number | string | undefined)[] =>
      f.type === 'input-audio' ? [f.audio[0]] : f.type === 'user-started-speaking' ? ['start'] : [],
    );
    expect(heard).toEqual([1, 'start', 2]);
    expect(out.chunks.length).toBe(25); // the reply was not held up either
  });

  it('sends 40 ms chunks one chunk duration apart, never in a burst', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    const counts: number[] = [];
    const check = { run: () => void counts.push(out.chunks.length) };
    await runProcessorTest(out, [
      audio(tone(24_000, 24_000)), // 1 s arrives at once
      check,
      { sleepMs: 100 },
      check,
      { sleepMs: 400 },
      check,
      ttsStopped(),
    ]);
    // At t=0 one chunk is out; at t=100 chunks 0,40,80; at t=500 chunks up to 480.
    expect(counts).toEqual([1, 3, 13]);
    expect(out.chunks).toHaveLength(25);
    const t0 = out.chunks[0]!.at;
    const times = out.chunks.map((c) => c.at - t0);
    expect(times).toEqual(Array.from({ length: 25 }, (_, i) => i * 40));
    for (const c of out.chunks) expect(c.samples.length).toBe(960);
  });

  it('paces by PCM duration even when the resampler yields nothing for tiny frames (pipecat#5592)', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    // 0.5 s at 16 kHz in 2-sample frames: many process() calls produce 0 output samples.
    const src = tone(8_000, 16_000);
    const frames = [];
    for (let i = 0; i < src.length; i += 2) frames.push(audio(src.slice(i, i + 2), 16_000));
    await runProcessorTest(out, [...frames, ttsStopped()]);
    const total = out.chunks.reduce((n, c) => n + c.samples.length, 0);
    expect(total).toBe(Math.ceil(12_000 / 960) * 960); // 0.5 s at 24 kHz, padded to whole chunks
    const last = out.chunks.at(-1)!.at - out.chunks[0]!.at;
    expect(last).toBe((out.chunks.length - 1) * 40);
  });

  it('resamples to the client rate and pads the trailing partial chunk with silence', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    await runProcessorTest(out, [audio(tone(1000, 24_000)), ttsStopped()]);
    expect(out.chunks).toHaveLength(2);
    const tail = out.chunks[1]!.samples;
    expect(tail.length).toBe(960);
    expect(tail.subarray(40).every((s) => s === 0)).toBe(true);
    expect(tail.subarray(0, 40).some((s) => s !== 0)).toBe(true);

    const eight = new RecordingOutput({ sampleRate: 8000 });
    await runProcessorTest(eight, [audio(tone(16_000, 16_000), 16_000), ttsStopped()]);
    // 1 s at 16 kHz → 8000 samples at 8 kHz → 25 chunks of 320.
    expect(eight.chunks.map((c) => c.samples.length)).toEqual(Array(25).fill(320));
  });

  it('emits bot-started-speaking with the first chunk and bot-stopped-speaking after tts-stopped plays out', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    const { down, up } = await runProcessorTest(out, [
      audio(tone(2400, 24_000)),
      ttsStopped(),
      { sleepMs: 500 },
    ]);
    expect(types(down)).toEqual(['bot-started-speaking', 'bot-stopped-speaking', 'tts-stopped']);
    expect(types(up)).toEqual(['bot-started-speaking', 'bot-stopped-speaking']);
    const stopped = down.find((f) => f.type === 'bot-stopped-speaking')!;
    // 3 chunks sent at t0, +40, +80: the last one finishes playing at +120.
    expect(stopped.ts - out.chunks[0]!.at).toBe(120);
  });

  it('declares the bot stopped after a silence gap when no tts-stopped comes', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000, silenceStopMs: 500 });
    const { down } = await runProcessorTest(out, [audio(tone(960, 24_000)), { sleepMs: 1000 }], {
      sendEnd: false,
    });
    expect(types(down)).toEqual(['bot-started-speaking', 'bot-stopped-speaking']);
    expect(down[1]!.ts).toBeGreaterThanOrEqual(500);
  });

  it('sends queued transport messages in order with the audio around them', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    const msg = createFrame(
      'output-transport-message',
      { message: { type: 'server-message', data: 1 } },
      clock,
    );
    const urgent = createFrame('output-transport-message-urgent', { message: { u: 1 } }, clock);
    const events: string[] = [];
    await runProcessorTest(out, [
      audio(tone(960 * 3, 24_000)),
      msg,
      urgent,
      { run: () => void events.push(`urgent=${out.messages.length} chunks=${out.chunks.length}`) },
      { sleepMs: 200 },
      ttsStopped(),
    ]);
    expect(events).toEqual(['urgent=1 chunks=1']);
    expect(out.messages.map((m) => m.urgent)).toEqual([true, false]);
  });
});

describe('BaseOutputTransport barge-in', () => {
  it('stops within one chunk, drops the queue, clears the client and reports what was spoken', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    let atInterrupt = -1;
    const { down, up } = await runProcessorTest(out, [
      ttsText('one two three four five six seven eight nine ten'),
      audio(tone(24_000, 24_000)), // 1 s
      { sleepMs: 390 }, // chunks at 0..360 sent: 10 of 25
      interruption(),
      {
        run: () => {
          atInterrupt = out.chunks.length;
        },
      },
      { sleepMs: 2000 },
    ]);
    expect(atInterrupt).toBe(10);
    expect(out.chunks).toHaveLength(10); // nothing after the interruption
    expect(out.clears).toBe(1);
    expect(out.queuedMs).toBe(0);
    const said = spoken(up);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({
      interrupted: true,
      text: 'one two three four',
      playedMs: 400,
      totalMs: 1000,
    });
    expect(types(down)).toContain('bot-stopped-speaking');
    expect(types(down).filter((t) => t === 'bot-started-speaking')).toHaveLength(1);
  });

  it('plays new audio normally after an interruption (pacing reset)', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    await runProcessorTest(out, [
      audio(tone(24_000, 24_000)),
      { sleepMs: 100 },
      interruption(),
      { sleepMs: 1000 },
      audio(tone(2 * 960, 24_000)),
      ttsStopped(),
    ]);
    const t0 = out.chunks[0]!.at;
    const after = out.chunks.slice(3).map((c) => c.at - t0);
    expect(after).toEqual([1100, 1140]);
  });
});

describe('BaseOutputTransport segments', () => {
  it('starts each tts-text segment when its audio is reached and reports it fully spoken', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    const { down } = await runProcessorTest(out, [
      ttsText('Hello there.'),
      audio(tone(4800, 24_000)), // 200 ms
      ttsText('Second sentence.'),
      audio(tone(2400, 24_000)), // 100 ms → 3 chunks with padding? no: 2.5 chunks
      ttsStopped(),
    ]);
    const starts = down.filter((f) => f.type === 'bot-segment-started');
    expect(starts.map((f) => (f.type === 'bot-segment-started' ? f.text : ''))).toEqual([
      'Hello there.',
      'Second sentence.',
    ]);
    // When the first segment's 5 chunks have played, i.e. when the next chunk is sent.
    expect(starts[1]!.ts - out.chunks[0]!.at).toBe(200);
    expect(out.chunks[5]!.at - out.chunks[0]!.at).toBe(200);
    const said = spoken(down);
    expect(said.map((s) => [s.text, s.interrupted])).toEqual([
      ['Hello there.', false],
      ['Second sentence.', false],
    ]);
    expect(said[1]!.turnText).toBe('Hello there. Second sentence.');
    expect(out.marks).toHaveLength(2);
    // tts-text is forwarded downstream (at playback time).
    expect(down.filter((f) => f.type === 'tts-text')).toHaveLength(2);
  });

  it('spokenPrefix claims only whole words surely heard', () => {
    expect(spokenPrefix('a b c d', 0.74)).toBe('a b');
    expect(spokenPrefix('a b c d', 1)).toBe('a b c d');
    expect(spokenPrefix('a b c d', 0)).toBe('');
  });

  it('drains queued audio before the end frame passes', async () => {
    const out = new RecordingOutput({ sampleRate: 24_000 });
    const { task } = await runProcessorTest(out, [audio(tone(24_000, 24_000))]);
    expect(task.state).toBe('finished');
    expect(out.chunks).toHaveLength(25);
  });
});

/** A fake clock whose event loop is blocked from `from` to `to`: every timer due then fires at `to`. */
class StalledClock extends FakeClock {
  readonly from: number;
  readonly to: number;
  constructor(from: number, to: number) {
    super();
    this.from = from;
    this.to = to;
  }
  override setTimer(fn: () => void, ms: number): TimerHandle {
    const due = this.now() + ms;
    return super.setTimer(fn, due >= this.from && due < this.to ? this.to - this.now() : ms);
  }
}

/** Longest silence a player that plays each chunk on arrival, back to back, would have made. */
function longestHole(chunks: { at: number; samples: Int16Array }[], sampleRate: number): number {
  let playoutEnd = -Infinity;
  let hole = 0;
  for (const c of chunks) {
    if (Number.isFinite(playoutEnd)) hole = Math.max(hole, c.at - playoutEnd);
    playoutEnd = Math.max(playoutEnd, c.at) + (c.samples.length * 1000) / sampleRate;
  }
  return hole;
}

describe('BaseOutputTransport lead', () => {
  /** One second of audio arriving at once at t=0, played with the event loop blocked [from, to). */
  const playSecond = async (leadMs: number | undefined, from = 0, to = 0) => {
    const clock = new StalledClock(from, to);
    const out = new RecordingOutput({ sampleRate: 24_000, leadMs });
    await runProcessorTest(out, [audio(tone(24_000, 24_000), 24_000, clock), ttsStopped(clock)], { clock });
    return out;
  };

  it('sends one chunk ahead of the player, then one per chunk duration', async () => {
    const out = await playSecond(40);
    const t0 = out.chunks[0]!.at;
    expect(out.chunks.map((c) => c.at - t0)).toEqual([0, ...Array.from({ length: 24 }, (_, i) => i * 40)]);
  });

  it('a send up to the lead late is never heard; without a lead it is', async () => {
    // The send due at 200 ms goes out at 235 ms (the task starts at 1 ms on the fake clock).
    expect(longestHole((await playSecond(40, 201, 236)).chunks, 24_000)).toBe(0);
    expect(longestHole((await playSecond(undefined, 201, 236)).chunks, 24_000)).toBe(35);
  });

  it('after the player ran dry, restarts from now with the lead, without a burst', async () => {
    const out = await playSecond(40, 201, 401);
    const t0 = out.chunks[0]!.at;
    const times = out.chunks.map((c) => c.at - t0);
    const resumed = times.findIndex((t, i) => i > 0 && t - times[i - 1]! > 100);
    // Two chunks at the resume instant (the lead refilled), then real time again.
    expect(times[resumed + 1]).toBe(times[resumed]);
    expect(times[resumed + 2]! - times[resumed + 1]!).toBe(40);
    expect(out.chunks).toHaveLength(25);
  });
});

describe('BaseOutputTransport output metrics', () => {
  const silencesOf = (frames: Frame[]) =>
    frames
      .flatMap((f) => (f.type === 'metrics' ? f.data : []))
      .flatMap((m) => (m.kind === 'output' ? [m] : []));

  it('reports a late send as a late silence, once per bot-speaking period, and none the lead covers', async () => {
    const run = async (leadMs: number | undefined) => {
      const clock = new StalledClock(201, 236);
      const out = new RecordingOutput({ sampleRate: 24_000, leadMs });
      const { down } = await runProcessorTest(
        out,
        [audio(tone(24_000, 24_000), 24_000, clock), ttsStopped(clock)],
        {
          clock,
          params: { enableMetrics: true },
        },
      );
      return silencesOf(down);
    };
    const bare = await run(undefined);
    expect(bare).toHaveLength(1);
    expect(bare[0]).toMatchObject({ chunks: 25, lateMs: [35], starvedMs: [] });
    expect((await run(40))[0]).toMatchObject({ chunks: 25, lateMs: [], starvedMs: [] });
  });

  it('reports audio that reached the output late as a starved silence', async () => {
    const clock = new FakeClock();
    const out = new RecordingOutput({ sampleRate: 24_000, leadMs: 40 });
    const { down } = await runProcessorTest(
      out,
      [
        audio(tone(4_800, 24_000), 24_000, clock), // 200 ms
        { sleepMs: 300 },
        audio(tone(4_800, 24_000), 24_000, clock), // the next sentence, 100 ms after the first ran out
        ttsStopped(clock),
      ],
      { clock, params: { enableMetrics: true } },
    );
    const [period] = silencesOf(down);
    expect(period?.lateMs).toEqual([]);
    expect(period?.starvedMs).toEqual([100]);
  });
});

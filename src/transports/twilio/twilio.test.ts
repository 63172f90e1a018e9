import { afterEach, describe, expect, it } from 'vitest';
import { decodeMulaw, encodeMulaw } from '../../audio/mulaw.ts';
import { rms } from '../../audio/pcm16.ts';
import {
  type Direction,
  FakeClock,
  type Frame,
  type FrameHop,
  FrameProcessor,
  Pipeline,
  PipelineTask,
} from '../../pipeline/index.ts';
import { settle } from '../../pipeline/testing.ts';
import { EchoBot, FakeConnection, tone } from '../testing.ts';
import { TwilioTransport } from './transport.ts';
import { connectStreamTwiml, TwimlError } from './twiml.ts';

/** A crude energy VAD + turn taker: loud audio interrupts the bot, 200 ms of quiet ends the turn. */
class EnergyTurns extends FrameProcessor {
  #speaking = false;
  #quietFrames = 0;
  #turns = 0;
  protected override process(frame: Frame, direction: Direction): void {
    this.push(frame, direction);
    if (frame.type !== 'input-audio') return;
    const loud = rms(frame.audio) > 0.02;
    if (loud) {
      this.#quietFrames = 0;
      if (!this.#speaking) {
        this.#speaking = true;
        this.push(this.createFrame('user-started-speaking', {}));
        this.broadcastInterruption();
      }
    } else if (this.#speaking && ++this.#quietFrames >= 10) {
      this.#speaking = false;
      this.push(this.createFrame('user-stopped-speaking', {}));
      this.push(
        this.createFrame('llm-run', { text: `turn ${++this.#turns}`, source: 'voice', audioResponse: true }),
      );
    }
  }
}

interface Sent {
  event: string;
  at: number;
  streamSid?: string;
  media?: { payload: string };
  mark?: { name: string };
}

async function startCall() {
  const clock = new FakeClock();
  const conn = new FakeConnection(clock);
  const twilio = new TwilioTransport({ connection: conn, clock });
  const seen: Frame[] = [];
  const observer = { onFrameHop: (hop: FrameHop) => void seen.push(hop.frame) };
  const task = new PipelineTask(
    new Pipeline([twilio.input, new EnergyTurns(), new EchoBot(1000), twilio.output]),
    {
      clock,
      observers: [observer],
      idleTimeoutMs: null,
    },
  );
  twilio.attach(task);
  await task.start();
  const send = (ev: unknown) => conn.deliver(JSON.stringify(ev));
  send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
  send({
    event: 'start',
    sequenceNumber: '1',
    start: {
      streamSid: 'MZ123',
      callSid: 'CA456',
      accountSid: 'AC789',
      tracks: ['inbound'],
      customParameters: { userId: 'u1' },
      mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
    },
    streamSid: 'MZ123',
  });
  /** The caller streams 20 ms µ-law frames in real (fake) time, like Twilio does. */
  const stream = async (ms: number, loud: boolean) => {
    for (let t = 0; t < ms; t += 20) {
      const pcm = loud ? tone(160, 8000, 300, 6000) : new Int16Array(160);
      send({
        event: 'media',
        streamSid: 'MZ123',
        media: { track: 'inbound', payload: Buffer.from(encodeMulaw(pcm)).toString('base64') },
      });
      await clock.advance(20);
    }
  };
  const sent = () => conn.sent.map((s) => ({ ...(JSON.parse(s.data as string) as Sent), at: s.at }));
  return { clock, conn, twilio, task, send, stream, sent, seen };
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('Twilio Media Streams simulator', () => {
  it('answers caller speech with paced µ-law, clears on barge-in and marks played segments', async () => {
    const c = await startCall();
    cleanup = () => c.task.cancel();
    expect(c.twilio.call).toMatchObject({
      streamSid: 'MZ123',
      callSid: 'CA456',
      customParameters: { userId: 'u1' },
    });

    await c.stream(300, true);
    await c.stream(600, false); // turn ends after 200 ms of quiet; the bot starts its 1 s reply
    const firstReply = c.sent().filter((m) => m.event === 'media');
    expect(firstReply.length).toBeGreaterThanOrEqual(9);
    expect(firstReply.every((m) => m.streamSid === 'MZ123')).toBe(true);
    for (const m of firstReply) expect(Buffer.from(m.media!.payload, 'base64').byteLength).toBe(320); // 40 ms
    const gaps = firstReply.slice(1).map((m, i) => m.at - firstReply[i]!.at);
    expect(gaps.every((g) => g === 40)).toBe(true);
    const loudness = rms(decodeMulaw(Buffer.from(firstReply[3]!.media!.payload, 'base64')));
    expect(loudness).toBeGreaterThan(0.1); // the tone survived 16 kHz → 8 kHz → µ-law

    // Barge-in: the caller talks over the bot.
    const beforeBargeIn = c.sent().length;
    await c.stream(40, true);
    const after = c.sent().slice(beforeBargeIn);
    const clearAt = after.findIndex((m) => m.event === 'clear');
    expect(clearAt).toBeGreaterThanOrEqual(0);
    expect(after[clearAt]).toMatchObject({ streamSid: 'MZ123' });
    expect(after.slice(0, clearAt).filter((m) => m.event === 'media').length).toBeLessThanOrEqual(1);
    expect(after.slice(clearAt).filter((m) => m.event === 'media')).toHaveLength(0);
    const cut = c.seen.find((f) => f.type === 'bot-spoken-text');
    expect(cut).toMatchObject({ interrupted: true, fullText: 'You said: turn 1.' });

    // The caller keeps talking, then stops: the second reply plays in full and gets a mark.
    await c.stream(200, true);
    const quietFrom = c.sent().length;
    await c.stream(1400, false);
    const second = c.sent().slice(quietFrom);
    expect(second.filter((m) => m.event === 'media')).toHaveLength(25); // 1 s in 40 ms chunks
    expect(second.filter((m) => m.event === 'clear')).toHaveLength(0);
    const mark = second.find((m) => m.event === 'mark');
    expect(mark?.mark?.name).toMatch(/^segment-\d+$/);

    // Twilio echoes the mark once played; DTMF presses arrive as frames.
    c.send({ event: 'mark', streamSid: 'MZ123', mark: { name: mark!.mark!.name } });
    c.send({ event: 'dtmf', streamSid: 'MZ123', dtmf: { track: 'inbound_track', digit: '7' } });
    await settle();
    expect(c.twilio.playedMarks).toEqual([mark!.mark!.name]);
    expect(c.seen.find((f) => f.type === 'playback-mark')).toMatchObject({ mark: mark!.mark!.name });
    expect(c.seen.find((f) => f.type === 'dtmf')).toMatchObject({ digit: '7' });
  });

  it('turns 8 kHz µ-law into 16 kHz input audio and ignores junk without failing the call', async () => {
    const c = await startCall();
    cleanup = () => c.task.cancel();
    c.conn.deliver('not json');
    c.send({ event: 'media', media: { payload: 123 } });
    c.send({ event: 'dtmf', dtmf: { digit: 'x' } });
    c.send({ event: 'what' });
    await c.stream(200, true);
    expect(c.twilio.stats.invalid).toBe(4);
    expect(c.twilio.stats.mediaIn).toBe(10);
    const inputSamples = [...new Set(c.seen)]
      .filter((f) => f.type === 'input-audio')
      .reduce((n, f) => n + (f.type === 'input-audio' ? f.audio.length : 0), 0);
    // 200 ms at 16 kHz, minus the resampler look-ahead still held back (~4 ms at 8 kHz input).
    expect(inputSamples).toBeGreaterThan(3200 - 100);
    expect(inputSamples).toBeLessThanOrEqual(3200);
    expect(c.task.state).toBe('running');
  });

  it('ends the pipeline on stop and closes the socket', async () => {
    const c = await startCall();
    c.send({ event: 'stop', streamSid: 'MZ123', stop: { callSid: 'CA456' } });
    await expect(c.task.whenFinished()).resolves.toMatchObject({ reason: 'cancel' });
    await settle();
    expect(c.conn.closed?.code).toBe(1000);
  });
});

describe('TwiML', () => {
  it('connects the call to the stream URL with escaped parameters', () => {
    expect(connectStreamTwiml('wss://shop.example.com/telephony/twilio/ws', { lang: 'en&es' })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="wss://shop.example.com/telephony/twilio/ws"><Parameter name="lang" value="en&amp;es"/></Stream></Connect></Response>',
    );
    expect(() => connectStreamTwiml('https://x/ws')).toThrow(TwimlError);
    expect(() => connectStreamTwiml('not a url')).toThrow(TwimlError);
  });
});

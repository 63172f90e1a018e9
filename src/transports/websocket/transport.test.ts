import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock, Pipeline, PipelineTask } from '../../pipeline/index.ts';
import { settle } from '../../pipeline/testing.ts';
import type { RtviServerMessage } from '../../rtvi/messages.ts';
import { transportEnvSchema } from '../config.ts';
import { EchoBot, FakeConnection, tone } from '../testing.ts';
import { decodeFrame, encodeAudioFrame, encodeMessageFrame, encodeTextFrame } from './protobuf.ts';
import { createWebSocketSession } from './session.ts';

const rtvi = (type: string, data?: unknown, id = 'id000001') => ({ label: 'rtvi-ai', type, id, data });

async function startSession() {
  const clock = new FakeClock();
  const conn = new FakeConnection(clock);
  const env = transportEnvSchema.parse({});
  const { transport, rtvi: rtviProc, observer } = createWebSocketSession({ connection: conn, clock, env });
  const bot = new EchoBot(400);
  const task = new PipelineTask(new Pipeline([transport.input, rtviProc, bot, transport.output]), {
    clock,
    observers: [observer],
    idleTimeoutMs: null,
  });
  transport.attach(task);
  // The client talks before the task has started: nothing may be lost.
  conn.deliver(encodeMessageFrame(rtvi('client-ready', { version: '2.1.0' }, 'ready001')));
  await task.start();
  await settle();
  const messages = () =>
    conn.sent.flatMap((s) => {
      const f = decodeFrame(s.data as Uint8Array);
      return f.kind === 'message' ? [{ ...(JSON.parse(f.data) as RtviServerMessage), at: s.at }] : [];
    });
  const audio = () =>
    conn.sent.flatMap((s) => {
      const f = decodeFrame(s.data as Uint8Array);
      return f.kind === 'audio' ? [{ bytes: f.audio.byteLength, rate: f.sampleRate, at: s.at }] : [];
    });
  return { clock, conn, transport, task, messages, audio };
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('WebSocketTransport (fake connection, fake clock)', () => {
  it('answers an early client-ready and sends only binary frames', async () => {
    const s = await startSession();
    cleanup = () => s.task.cancel();
    expect(s.messages()[0]).toMatchObject({ type: 'bot-ready', id: 'ready001', data: { version: '2.1.0' } });
    expect(s.conn.sent.every((x) => x.data instanceof Uint8Array)).toBe(true);
  });

  it('answers a typed turn with RTVI events, the UI message and paced 24 kHz audio', async () => {
    const s = await startSession();
    cleanup = () => s.task.cancel();
    s.conn.deliver(encodeMessageFrame(rtvi('send-text', { content: 'red shoes' })));
    await settle();
    await s.clock.advance(1000);
    const types = s.messages().map((m) => m.type);
    for (const t of [
      'user-llm-text',
      'bot-llm-started',
      'bot-llm-text',
      'bot-llm-stopped',
      'server-message',
      'bot-tts-started',
      'bot-started-speaking',
      'bot-tts-text',
      'bot-output',
      'bot-stopped-speaking',
      'bot-tts-stopped',
    ]) {
      expect(types).toContain(t);
    }
    expect(s.messages().find((m) => m.type === 'server-message')?.data).toEqual({
      type: 'echo',
      text: 'red shoes',
    });
    const audio = s.audio();
    expect(audio).toHaveLength(10); // 400 ms in 40 ms chunks
    expect(audio.every((a) => a.bytes === 1920 && a.rate === 24_000)).toBe(true);
    // The default lead: the second chunk goes with the first, then one per chunk duration.
    const gaps = audio.slice(1).map((a, i) => a.at - audio[i]!.at);
    expect(gaps).toEqual([0, 40, 40, 40, 40, 40, 40, 40, 40]);
    expect(s.conn.closed).toBeUndefined();
  });

  it('stops bot audio within the lead and one chunk when a new typed turn barges in', async () => {
    const s = await startSession();
    cleanup = () => s.task.cancel();
    s.conn.deliver(encodeMessageFrame(rtvi('send-text', { content: 'first' })));
    await settle();
    await s.clock.advance(150); // chunks at 0, 0 (the lead), 40, 80, 120
    s.conn.deliver(
      encodeMessageFrame(rtvi('send-text', { content: 'second', options: { audio_response: false } })),
    );
    await settle();
    const atBargeIn = s.audio().length;
    await s.clock.advance(1000);
    expect(atBargeIn).toBe(5);
    expect(s.audio()).toHaveLength(5);
    const out = s.messages().filter((m) => m.type === 'bot-output');
    expect(out.at(-2)?.data).toMatchObject({ spoken_status: 'in-progress' });
    expect(out.at(-1)?.data).toMatchObject({ text: 'You said: second.', will_be_spoken: false });
  });

  it('answers malformed, oversized and text frames with non-fatal errors and keeps going', async () => {
    const s = await startSession();
    cleanup = () => s.task.cancel();
    s.conn.deliver(new Uint8Array([0x22, 0x55, 0x01]));
    s.conn.deliver(new Uint8Array(1024 * 1024 + 10));
    s.conn.deliver('{"label":"rtvi-ai","type":"client-ready"}');
    s.conn.deliver(encodeAudioFrame(new Uint8Array(3), 16_000)); // odd byte count
    s.conn.deliver(encodeTextFrame('ignored kind'));
    await settle();
    const errors = s.messages().filter((m) => m.type === 'error');
    expect(errors).toHaveLength(4);
    for (const e of errors) expect(e.data).toMatchObject({ fatal: false });
    expect(s.transport.stats).toMatchObject({ malformed: 3, oversized: 1, ignored: 1 });
    s.conn.deliver(encodeMessageFrame(rtvi('client-ready', { version: '2.1.0' }, 'again001')));
    await settle();
    expect(s.messages().at(-1)).toMatchObject({ type: 'bot-ready', id: 'again001' });
    expect(s.task.state).toBe('running');
  });

  it('turns client audio into 16 kHz input-audio frames', async () => {
    const s = await startSession();
    cleanup = () => s.task.cancel();
    const frame = tone(256, 16_000);
    for (let i = 0; i < 10; i++) s.conn.deliver(encodeAudioFrame(new Uint8Array(frame.buffer), 16_000));
    const f48 = tone(960, 48_000);
    for (let i = 0; i < 10; i++) s.conn.deliver(encodeAudioFrame(new Uint8Array(f48.buffer), 48_000));
    await settle();
    expect(s.transport.stats.audioFramesIn).toBe(20);
    // 2560 samples at 16 kHz plus 9600 at 48 kHz resampled (minus the filter's look-ahead).
    expect(s.transport.input.inputSamples).toBeGreaterThan(2560 + 3200 - 64);
    expect(s.transport.input.inputSamples).toBeLessThanOrEqual(2560 + 3200);
  });

  it('cancels the pipeline when the client leaves, and closes the socket when the task ends', async () => {
    const s = await startSession();
    s.conn.deliver(encodeMessageFrame(rtvi('send-text', { content: 'long answer' })));
    await s.clock.advance(100); // mid-reply
    expect(s.transport.output.speaking).toBe(true);
    s.conn.drop(1005);
    await expect(s.task.whenFinished()).resolves.toMatchObject({ reason: 'cancel' });
    await settle();
    expect(s.clock.pendingTimers).toBe(0); // no pacing or silence timers left behind
    const sentAtDrop = s.conn.sent.length;
    await s.clock.advance(1000);
    expect(s.conn.sent.length).toBe(sentAtDrop);

    const t = await startSession();
    t.conn.deliver(encodeMessageFrame(rtvi('disconnect-bot', {})));
    await t.clock.advance(100);
    await expect(t.task.whenFinished()).resolves.toMatchObject({ reason: 'end' });
    await settle();
    expect(t.conn.closed?.code).toBe(1000);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
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
import { createOpusCodec } from '../webrtc/opus.ts';
import { loadDeviceEnv } from './config.ts';
import {
  decodeBinaryAudio,
  deviceMessageSchema,
  deviceProtocolJsonSchema,
  encodeBinaryAudio,
  serverMessageSchema,
} from './protocol.ts';
import { deviceSessionTransport } from './routes.ts';
import { type DeviceAudioSpec, DeviceTransport } from './transport.ts';

/** Answers every finished user turn (user-stopped-speaking) with an llm-run the EchoBot speaks. */
class TurnToRun extends FrameProcessor {
  turns = 0;
  protected override process(frame: Frame, direction: Direction): void {
    this.push(frame, direction);
    if (frame.type === 'user-stopped-speaking' && direction === 'downstream')
      this.push(
        this.createFrame('llm-run', { text: `turn ${++this.turns}`, source: 'voice', audioResponse: true }),
      );
  }
}

const PTT_OPUS: DeviceAudioSpec = {
  mode: 'push-to-talk',
  input: { format: 'opus', sampleRate: 16000 },
  output: { format: 'opus', sampleRate: 16000 },
  binary: false,
};

async function startDevice(spec: DeviceAudioSpec = PTT_OPUS, env: Record<string, string> = {}) {
  const clock = new FakeClock(1_000);
  const conn = new FakeConnection(clock);
  const settings = loadDeviceEnv({
    DEVICE_HEARTBEAT_INTERVAL_S: '5',
    DEVICE_HEARTBEAT_TIMEOUT_S: '15',
    DEVICE_RESUME_GRACE_S: '30',
    ...env,
  });
  const device = new DeviceTransport({ spec, settings, clock, name: 'dev' });
  const seen: Frame[] = [];
  const session = deviceSessionTransport(device);
  const turns = new TurnToRun({ name: 'turns' });
  const task = new PipelineTask(new Pipeline([device.input, turns, new EchoBot(200), device.output]), {
    clock,
    observers: [{ onFrameHop: (hop: FrameHop) => void seen.push(hop.frame) }, session.observer!],
    idleTimeoutMs: null,
  });
  session.attach(task);
  device.bind(conn, 0);
  await task.start();
  let seq = 1;
  const send = (body: Record<string, unknown>) =>
    conn.deliver(JSON.stringify({ sequence: seq++, timestamp: Date.now(), ...body }));
  const encoder = createOpusCodec({ sampleRate: 16000 });
  const audio = (pcm: Int16Array, isFinal = false) =>
    send({
      type: 'audio_chunk',
      data: pcm.length ? Buffer.from(encoder.encode(pcm)).toString('base64') : '',
      format: 'opus',
      sampleRate: 16000,
      duration: pcm.length / 16,
      isFinal,
    });
  const messages = (c: FakeConnection = conn) =>
    c.sent.filter((s) => typeof s.data === 'string').map((s) => JSON.parse(s.data as string));
  const errors = (c: FakeConnection = conn) =>
    messages(c).filter((m) => m.type === 'error') as { code: string; refSequence?: number; fatal: boolean }[];
  const firstIndex = (type: string) => seen.findIndex((f) => f.type === type);
  return {
    clock,
    conn,
    device,
    task,
    turns,
    seen,
    send,
    audio,
    messages,
    errors,
    firstIndex,
    nextSeq: () => seq,
    close: async () => {
      encoder.close();
      await task.cancel('test over');
    },
  };
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('device protocol', () => {
  it('round-trips binary audio frames and refuses short or foreign ones', () => {
    const payload = new Uint8Array([1, 2, 3, 250]);
    const bytes = encodeBinaryAudio({
      sequence: 70000,
      timestamp: 1234.5,
      duration: 20,
      isFinal: true,
      payload,
    });
    expect(decodeBinaryAudio(bytes)).toEqual({
      sequence: 70000,
      timestamp: 1234.5,
      duration: 20,
      isFinal: true,
      payload,
    });
    expect(() => decodeBinaryAudio(bytes.subarray(0, 10))).toThrow(/shorter than its 16-byte header/);
    const foreign = bytes.slice();
    foreign[0] = 9;
    expect(() => decodeBinaryAudio(foreign)).toThrow(/kind 9 is not audio/);
  });

  it('docs/device-protocol.schema.json is current (regenerate: node src/transports/device/protocol-json.ts)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { DEVICE_SCHEMA_PATH, deviceSchemaText } = await import('./protocol-json.ts');
    expect(await readFile(DEVICE_SCHEMA_PATH, 'utf8')).toBe(deviceSchemaText());
  });

  it('exports both directions as JSON Schema and validates messages with the same schemas', () => {
    const schema = deviceProtocolJsonSchema() as { deviceToServer: { oneOf?: unknown[]; anyOf?: unknown[] } };
    const text = JSON.stringify(schema);
    for (const t of [
      'handshake',
      'audio_chunk',
      'control',
      'heartbeat',
      'config',
      'clear',
      'transcript',
      'error',
    ])
      expect(text).toContain(`"${t}"`);
    expect(deviceMessageSchema.safeParse({ type: 'heartbeat', sequence: 1, timestamp: 1 }).success).toBe(
      true,
    );
    expect(deviceMessageSchema.safeParse({ type: 'heartbeat', sequence: -1, timestamp: 1 }).success).toBe(
      false,
    );
    expect(serverMessageSchema.safeParse({ type: 'clear', sequence: 3, timestamp: 5 }).success).toBe(true);
  });
});

describe('DeviceTransport', () => {
  it('push-to-talk: manual turns, the first audio starts the turn and isFinal ends it at once', async () => {
    const d = await startDevice();
    cleanup = d.close;
    for (let i = 0; i < 10; i++) {
      d.audio(tone(320, 16000));
      await d.clock.advance(20);
    }
    d.audio(tone(320, 16000), true);
    await settle();
    const mode = d.seen.find((f) => f.type === 'user-turn-mode');
    expect(mode).toMatchObject({ mode: 'manual' });
    // The mode comes before any audio, the turn start before the first audio frame.
    expect(d.firstIndex('user-turn-mode')).toBeLessThan(d.firstIndex('input-audio'));
    expect(d.firstIndex('user-started-speaking')).toBeLessThan(d.firstIndex('input-audio'));
    expect(d.seen.some((f) => f.type === 'interruption')).toBe(true);
    const stop = d.seen.find((f) => f.type === 'vad-user-stopped-speaking');
    expect(stop).toMatchObject({ stopSecs: 0 });
    // The end of the turn came with the final chunk, with no time passing (no silence window).
    const lastAudio = d.seen.findLast((f) => f.type === 'input-audio')!;
    const ended = d.seen.find((f) => f.type === 'user-stopped-speaking')!;
    expect(ended.ts).toBe(lastAudio.ts);
    expect(d.turns.turns).toBe(1);
    expect(d.errors()).toEqual([]);
  });

  it('stop_recording ends the turn; start_recording while the bot speaks clears its audio', async () => {
    const d = await startDevice();
    cleanup = d.close;
    d.send({ type: 'control', command: 'start_recording' });
    d.audio(tone(320, 16000));
    d.send({ type: 'control', command: 'stop_recording' });
    await settle();
    expect(d.turns.turns).toBe(1);
    // The echo bot answers with 200 ms of Opus audio, paced in 20 ms chunks.
    await d.clock.advance(60);
    const chunks = d.messages().filter((m) => m.type === 'audio_chunk');
    expect(chunks.length).toBeGreaterThan(0);
    const decoder = createOpusCodec({ sampleRate: 16000 });
    expect(decoder.decode(Buffer.from(chunks[0].data, 'base64')).length).toBe(320);
    decoder.close();
    const clears = d.messages().filter((m) => m.type === 'clear').length;
    d.send({ type: 'control', command: 'start_recording' });
    await settle();
    expect(d.messages().filter((m) => m.type === 'clear').length).toBe(clears + 1);
  });

  it('speaks the conversation to the device: transcripts, speaking events, UI events, the reply end', async () => {
    const d = await startDevice();
    cleanup = d.close;
    d.audio(tone(320, 16000), true);
    await settle();
    await d.clock.advance(2000);
    const m = d.messages();
    expect(m.filter((x) => x.type === 'event').map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'user_started_speaking',
        'user_stopped_speaking',
        'bot_started_speaking',
        'ui',
        'bot_stopped_speaking',
      ]),
    );
    expect(m.find((x) => x.type === 'transcript' && x.role === 'assistant')).toMatchObject({
      text: 'You said: turn 1.',
    });
    const final = m.filter((x) => x.type === 'audio_chunk' && x.isFinal);
    expect(final).toHaveLength(1);
    // Every message is numbered in order and valid by the protocol's schema.
    m.forEach((x, i) => {
      expect(serverMessageSchema.safeParse(x).success).toBe(true);
      if (i > 0) expect(x.sequence).toBeGreaterThan(m[i - 1].sequence);
    });
  });

  it('refuses bad input with a clear error and goes on', async () => {
    const d = await startDevice(PTT_OPUS, { DEVICE_MAX_CHUNK_BYTES: '256' });
    cleanup = d.close;
    d.conn.deliver('{not json');
    d.send({ type: 'dance' });
    d.send({ type: 'audio_chunk', data: 'AAAA', format: 'opus' }); // no sampleRate/duration
    d.send({ type: 'heartbeat' }); // sequence 3, accepted
    d.conn.deliver(JSON.stringify({ type: 'heartbeat', sequence: 3, timestamp: 1 })); // repeated
    d.conn.deliver(JSON.stringify({ type: 'heartbeat', sequence: 2, timestamp: 1 })); // older
    d.send({ type: 'audio_chunk', data: 'AAAA', format: 'pcm16', sampleRate: 16000, duration: 0.1 });
    d.send({
      type: 'audio_chunk',
      data: Buffer.alloc(400).toString('base64'),
      format: 'opus',
      sampleRate: 16000,
      duration: 20,
    });
    d.send({
      type: 'audio_chunk',
      data: Buffer.from([0xff, 0xff]).toString('base64'),
      format: 'opus',
      sampleRate: 16000,
      duration: 20,
    });
    d.send({ type: 'handshake', protocolVersion: 1 });
    d.conn.deliver(new Uint8Array([1, 2, 3]));
    await settle();
    expect(d.errors().map((e) => e.code)).toEqual([
      'invalid_json',
      'unknown_type',
      'invalid_message',
      'sequence_repeated',
      'sequence_out_of_order',
      'unsupported_audio',
      'chunk_too_large',
      'bad_audio',
      'already_handshaken',
      'invalid_message',
    ]);
    expect(d.errors().every((e) => !e.fatal)).toBe(true);
    expect(d.errors()[5]?.refSequence).toBe(4);
    // Still alive: the next good turn is heard and answered.
    d.audio(tone(320, 16000), true);
    await settle();
    expect(d.turns.turns).toBe(1);
    expect(d.conn.closed).toBeUndefined();
  });

  it('takes binary audio frames next to JSON', async () => {
    const d = await startDevice({ ...PTT_OPUS, binary: true });
    cleanup = d.close;
    const enc = createOpusCodec({ sampleRate: 16000 });
    d.conn.deliver(
      encodeBinaryAudio({
        sequence: 5,
        timestamp: 1,
        duration: 20,
        isFinal: true,
        payload: enc.encode(tone(320, 16000)),
      }),
    );
    enc.close();
    await settle();
    expect(d.turns.turns).toBe(1);
    await d.clock.advance(100);
    // Reply audio comes back binary too.
    const binary = d.conn.sent.filter((s) => typeof s.data !== 'string');
    expect(binary.length).toBeGreaterThan(0);
    expect(decodeBinaryAudio(binary[0]!.data as Uint8Array).payload.byteLength).toBeGreaterThan(0);
  });

  it('answers a flood with a rate-limit error, then closes 1008 if it goes on', async () => {
    const d = await startDevice(PTT_OPUS, {
      DEVICE_MAX_MESSAGES_PER_SECOND: '10',
      DEVICE_MESSAGE_BURST: '20',
    });
    cleanup = d.close;
    for (let i = 0; i < 30; i++) d.send({ type: 'heartbeat' });
    expect(d.errors().filter((e) => e.code === 'rate_limited')).toHaveLength(1);
    expect(d.conn.closed).toBeUndefined();
    await d.clock.advance(1000); // 10 more allowed
    for (let i = 0; i < 10; i++) d.send({ type: 'heartbeat' });
    expect(d.errors().filter((e) => e.code === 'rate_limited')).toHaveLength(1);
    for (let i = 0; i < 30; i++) d.send({ type: 'heartbeat' });
    expect(d.conn.closed).toMatchObject({ code: 1008, reason: 'message flood' });
  });

  it('heartbeats both ways; a silent device is dropped, resumes within grace with what it missed', async () => {
    const d = await startDevice();
    cleanup = d.close;
    await d.clock.advance(5_000);
    expect(d.messages().filter((m) => m.type === 'heartbeat')).toHaveLength(1);
    d.send({ type: 'heartbeat' });
    await d.clock.advance(10_000);
    expect(d.conn.closed).toBeUndefined();
    await d.clock.advance(10_000); // 20 s since the device last spoke > 15 s timeout
    expect(d.conn.closed).toMatchObject({ code: 1001, reason: 'heartbeat timeout' });
    expect(d.device.state).toBe('offline');
    // The bot goes on while the device is away: its transcript is kept for the resume.
    d.device.send({ type: 'transcript', role: 'assistant', text: 'while you were away', final: true });
    const again = new FakeConnection(d.clock);
    expect(d.device.bind(again, d.nextSeq())).toBe(true);
    d.device.flushOffline();
    expect(d.messages(again).map((m) => m.text)).toContain('while you were away');
    expect(d.device.state).toBe('online');
    expect(d.device.stats.resumes).toBe(1);
    // The old sequence numbers stay spent across the reconnect.
    again.deliver(JSON.stringify({ type: 'heartbeat', sequence: 1, timestamp: 1 }));
    expect(d.errors(again).map((e) => e.code)).toEqual(['sequence_out_of_order']);
  });

  it('past the grace window the session is cancelled and the socket never comes back', async () => {
    const d = await startDevice(PTT_OPUS, { DEVICE_RESUME_GRACE_S: '3' });
    cleanup = d.close;
    d.conn.drop(1006);
    expect(d.device.state).toBe('offline');
    await d.clock.advance(2_900);
    expect(d.task.state).toBe('running');
    await d.clock.advance(200);
    await d.task.whenFinished();
    expect(d.device.state).toBe('closed');
    expect(d.device.bind(new FakeConnection(d.clock), 99)).toBe(false);
    expect(d.clock.pendingTimers).toBe(0);
  });
});

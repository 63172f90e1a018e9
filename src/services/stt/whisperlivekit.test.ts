import { describe, expect, it } from 'vitest';
import { systemClock } from '../../pipeline/clock.ts';
import { type FakeConnection, FakeProviderServer } from '../ws-test-server.ts';
import { loadSttConfig } from './config.ts';
import { createSttService } from './registry.ts';
import { type SttHarness, sttContract } from './stt-contract.ts';
import type { SttEvent } from './types.ts';
import { WhisperLiveKitSttService } from './whisperlivekit.ts';

const KEY = 'wlk-proxy-key';

/**
 * WhisperLiveKit's /asr messages: snapshots of the whole session (committed `lines` with
 * start/end, the uncommitted `buffer_transcription`), and `ready_to_stop` once the audio ended
 * (an empty binary message) and everything is processed.
 */
const committed = new WeakMap<
  FakeConnection,
  { speaker: number; text: string; start: number; end: number }[]
>();
const linesOf = (c: FakeConnection) => {
  const known = committed.get(c);
  if (known) return known;
  const fresh: { speaker: number; text: string; start: number; end: number }[] = [];
  committed.set(c, fresh);
  return fresh;
};
const snapshot = (c: FakeConnection, buffer: string) => ({
  status: 'active_transcription',
  lines: linesOf(c),
  buffer_transcription: buffer,
  buffer_diarization: '',
  remaining_time_transcription: 0,
  remaining_time_diarization: 0,
});
const audioEnded = (c: FakeConnection) => c.received.some((m) => m.kind === 'binary' && m.bytes.length === 0);

const harness: SttHarness = {
  finalizeGraceMs: 900,
  keepAliveMs: 4_000,
  create: (url, clock, opts) =>
    new WhisperLiveKitSttService({
      url: `${url}/asr`,
      apiKey: KEY,
      clock,
      finalizeGraceMs: 900,
      keepAliveMs: 4_000,
      options: { maxRetries: opts?.maxRetries ?? 0, retryIntervalMs: opts?.retryIntervalMs ?? 1 },
    }),
  wire: {
    authorized: (c) => c.headers.authorization === `Bearer ${KEY}` && c.url.pathname === '/asr',
    finalizeRequested: (c) => c.next((m) => m.kind === 'binary' && m.bytes.length === 0),
    keepAlive: (c) => c.pinged(),
    closeRequested: (c) => c.closed,
    interim: (c, text) => c.send(snapshot(c, text)),
    final: (c, text, start, dur) => {
      linesOf(c).push({ speaker: 1, text: ` ${text}`, start, end: start + dur });
      c.send(snapshot(c, ''));
      // WLK says ready_to_stop only once the client ended the audio.
      if (audioEnded(c)) c.send({ type: 'ready_to_stop' });
    },
  },
};

describe('WhisperLiveKit streaming STT: shared contract', () => {
  sttContract(harness);
});

const SECOND = new Int16Array(16_000).fill(300);

async function withServer(fn: (server: FakeProviderServer, stt: WhisperLiveKitSttService) => Promise<void>) {
  const server = await FakeProviderServer.start();
  const stt = new WhisperLiveKitSttService({
    url: server.url,
    clock: systemClock,
    options: { maxRetries: 0 },
  });
  try {
    await fn(server, stt);
  } finally {
    await stt.close();
    await server.stop();
  }
}

const nextEvent = async (it: AsyncIterator<SttEvent>, type: SttEvent['type']) => {
  for (;;) {
    const r = await it.next();
    if (r.done) throw new Error(`ended before ${type}`);
    if (r.value.type === type) return r.value;
  }
};

describe('WhisperLiveKit specifics', () => {
  it('reads "H:MM:SS" timestamps and segment buffers, skips silence, and ends on a clean close too', async () => {
    await withServer(async (server, stt) => {
      const stream = await stt.openStream();
      const conn = await server.connection(0);
      expect(conn.url.pathname).toBe('/asr');
      const it = stream[Symbol.asyncIterator]();
      stream.push(SECOND);
      conn.send({
        type: 'transcript_update',
        status: 'active_transcription',
        segments: [
          { id: 1, speaker: -2, text: '', start: '0:00:00', end: '0:00:00' },
          {
            id: 2,
            speaker: 1,
            text: 'Do you have',
            start: '0:00:00',
            end: '0:00:01',
            buffer: { transcription: ' this in blue' },
          },
        ],
      });
      await expect(nextEvent(it, 'interim')).resolves.toMatchObject({ text: 'Do you have this in blue' });
      const done = stream.finalize();
      await conn.next((m) => m.kind === 'binary' && m.bytes.length === 0);
      conn.close(1000);
      await expect(done).resolves.toMatchObject({ text: 'Do you have this in blue' });
      await stream.close();
    });
  });

  it('a server without --pcm-input, or one that sends garbage, loses the utterance with a clear error; the next works', async () => {
    await withServer(async (server, stt) => {
      const stream = await stt.openStream();
      const it = stream[Symbol.asyncIterator]();
      const first = await server.connection(0);
      stream.push(SECOND);
      await first.audioBytes(SECOND.byteLength);
      first.send({ type: 'config', useAudioWorklet: false });
      await expect(nextEvent(it, 'error')).resolves.toMatchObject({
        utteranceId: 1,
        error: { kind: 'config', message: expect.stringMatching(/--pcm-input/) },
      });
      await expect(stream.finalize()).rejects.toMatchObject({ kind: 'config' });

      stream.push(SECOND);
      const second = await server.connection(1);
      await second.audioBytes(SECOND.byteLength);
      second.sendText('<html>502 Bad Gateway</html>');
      await expect(nextEvent(it, 'error')).resolves.toMatchObject({
        utteranceId: 2,
        error: { kind: 'bad-request', message: expect.stringMatching(/not WhisperLiveKit's/) },
      });
      await expect(stream.finalize()).rejects.toMatchObject({ kind: 'bad-request' });

      stream.push(SECOND);
      const third = await server.connection(2);
      await third.audioBytes(SECOND.byteLength);
      const done = stream.finalize();
      await third.next((m) => m.kind === 'binary' && m.bytes.length === 0);
      third.send({ lines: [{ speaker: 1, text: 'checkout', start: 0, end: 1 }], buffer_transcription: '' });
      third.send({ type: 'ready_to_stop' });
      await expect(done).resolves.toMatchObject({ text: 'checkout' });
      await stream.close();
    });
  });

  it('opens the next socket while the last utterance is finishing, so the next one does not wait', async () => {
    await withServer(async (server, stt) => {
      const stream = await stt.openStream();
      const first = await server.connection(0);
      stream.push(SECOND);
      const done = stream.finalize();
      await first.next((m) => m.kind === 'binary' && m.bytes.length === 0);
      const second = await server.connection(1);
      stream.push(SECOND);
      await second.audioBytes(SECOND.byteLength);
      first.send({ lines: [{ speaker: 1, text: 'first', start: 0, end: 1 }] });
      first.send({ type: 'ready_to_stop' });
      await expect(done).resolves.toMatchObject({ text: 'first' });
      await first.closed;
      expect(second.open).toBe(true);
      await stream.close();
    });
  });

  it('is chosen by STT_PROVIDER=whisperlivekit and reports a server that is down as unavailable', async () => {
    const setup = await createSttService(
      loadSttConfig({
        STT_PROVIDER: 'whisperlivekit',
        WHISPERLIVEKIT_URL: 'ws://127.0.0.1:1/asr',
        WHISPERLIVEKIT_MAX_RETRIES: '0',
      }),
    );
    expect(setup?.service.provider).toBe('whisperlivekit');
    expect(setup?.service.capabilities).toEqual({ streaming: true, interimResults: true });
    await expect(setup!.service.openStream()).rejects.toMatchObject({ kind: 'network' });
    await setup!.service.close();
  });
});

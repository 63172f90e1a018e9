/**
 * STT failover against two Deepgram stand-ins (the documented `/v1/listen` wire): the primary
 * dies mid-utterance and the turn is replayed into the backup; a probe brings the primary back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../pipeline/clock.ts';
import { ProviderHealth, type ProviderSwitch } from '../health.ts';
import { type FakeConnection, FakeProviderServer } from '../ws-test-server.ts';
import { loadSttConfig } from './config.ts';
import { DeepgramSttService } from './deepgram.ts';
import { FailoverSttService, type FailoverSttStream } from './failover.ts';
import { createSttService } from './registry.ts';
import type { SttEvent } from './types.ts';

const KEY = 'k';
const HALF_SECOND = new Int16Array(8000).map((_, i) => Math.round(Math.sin(i / 8) * 3000));

function final(c: FakeConnection, text: string, start: number, duration: number): void {
  c.send({
    type: 'Results',
    start,
    duration,
    is_final: true,
    speech_final: true,
    from_finalize: true,
    channel: { alternatives: [{ transcript: text, confidence: 0.9 }] },
  });
}

/** Answers every Finalize with `text` covering all audio received on that socket. */
function answerFinalize(c: FakeConnection, text: string): void {
  void c
    .nextJson((j) => j.type === 'Finalize')
    .then(() => {
      const bytes = c.received.reduce((s, m) => s + (m.kind === 'binary' ? m.bytes.length : 0), 0);
      final(c, text, 0, bytes / 32_000);
    });
}

describe('STT failover', () => {
  let primary: FakeProviderServer;
  let backup: FakeProviderServer;
  let clock: FakeClock;
  let health: ProviderHealth;
  let stt: FailoverSttService;
  let switches: ProviderSwitch[];

  beforeEach(async () => {
    primary = await FakeProviderServer.start();
    backup = await FakeProviderServer.start();
    clock = new FakeClock();
    const make = (url: string) =>
      new DeepgramSttService({
        apiKey: KEY,
        baseUrl: url,
        // Longer than the failover timeout: a silent socket must fail over, not finish empty.
        finalizeGraceMs: 30_000,
        options: { maxRetries: 0 },
      });
    const services = [make(primary.url), make(backup.url)];
    health = new ProviderHealth(
      'stt',
      services.map((s, i) => ({
        name: i === 0 ? 'primary' : 'backup',
        probe: async (signal) => {
          const stream = await s.openStream({ signal });
          await stream.close();
        },
      })),
      { clock, probeIntervalMs: 1000 },
    );
    switches = [];
    health.subscribe({ onSwitch: (e) => switches.push(e) });
    stt = new FailoverSttService(services, { health, clock, finalizeTimeoutMs: 3000 });
  });
  afterEach(async () => {
    await stt.close();
    await Promise.all([primary.stop(), backup.stop()]);
  });

  const collect = (stream: AsyncIterable<SttEvent>) => {
    const events: SttEvent[] = [];
    void (async () => {
      for await (const e of stream) events.push(e);
    })();
    return events;
  };

  it('replays the utterance into the backup when the primary dies mid-utterance, and keeps the turn', async () => {
    const stream = (await stt.openStream()) as FailoverSttStream;
    const events = collect(stream);
    const p = await primary.connection(0);
    stream.push(HALF_SECOND);
    stream.push(HALF_SECOND);
    await p.audioBytes(32_000);
    backup.onConnection((c) => answerFinalize(c, 'add the trail runner'));
    p.close(1011, 'internal error'); // the provider crashes mid-utterance
    stream.push(HALF_SECOND); // the shopper is still speaking
    const result = await stream.finalize();
    expect(result.text).toBe('add the trail runner');
    // The backup heard the whole turn: the 1 s before the crash and the 0.5 s after it.
    const b = await backup.connection(0);
    expect(await b.audioBytes(48_000)).toBe(48_000);
    expect(stream.providerIndex).toBe(1);
    expect(health.status().map((s) => s.healthy)).toEqual([false, true]);
    expect(switches).toEqual([
      expect.objectContaining({ stage: 'stt', from: 'primary', to: 'backup', kind: 'unavailable' }),
    ]);
    // The lost socket is not the shopper's problem: no error event reached the consumer.
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    await stream.close();
  });

  it('fails over when the primary half-closes the socket', async () => {
    const stream = (await stt.openStream()) as FailoverSttStream;
    const p = await primary.connection(0);
    stream.push(HALF_SECOND);
    await p.audioBytes(16_000);
    backup.onConnection((c) => answerFinalize(c, 'track my order'));
    p.halfClose();
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'track my order' });
    expect((await backup.connection(0)).received.some((m) => m.kind === 'binary')).toBe(true);
    await stream.close();
  });

  it('fails over when the primary answers garbage, replaying the turn', async () => {
    const stream = (await stt.openStream()) as FailoverSttStream;
    const p = await primary.connection(0);
    stream.push(HALF_SECOND);
    await p.audioBytes(16_000);
    backup.onConnection((c) => answerFinalize(c, 'size ten please'));
    p.sendRaw('<html>502 Bad Gateway</html>');
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'size ten please' });
    expect(switches[0]).toMatchObject({ from: 'primary', reason: expect.stringMatching(/not JSON/) });
    expect(await (await backup.connection(0)).audioBytes(16_000)).toBe(16_000);
    await stream.close();
  });

  it('fails over when the primary never answers the finalize (timeout on the clock)', async () => {
    const stream = (await stt.openStream()) as FailoverSttStream;
    const p = await primary.connection(0);
    stream.push(HALF_SECOND);
    await p.audioBytes(16_000);
    backup.onConnection((c) => answerFinalize(c, 'two pairs'));
    const result = stream.finalize();
    await p.nextJson((j) => j.type === 'Finalize');
    await clock.advance(3000);
    await expect(result).resolves.toMatchObject({ text: 'two pairs' });
    expect(switches[0]).toMatchObject({ from: 'primary', to: 'backup', kind: 'timeout' });
    await stream.close();
  });

  it('opens on the backup when the primary refuses the connection, probes it and returns to it', async () => {
    primary.refusals.push({ status: 503 }, { status: 503 });
    const stream = (await stt.openStream()) as FailoverSttStream;
    expect(stream.providerIndex).toBe(1);
    expect(switches[0]).toMatchObject({ from: 'primary', to: 'backup', kind: 'unavailable' });
    expect(health.isHealthy(0)).toBe(false);

    // First probe: still refused; the second (after the doubled interval) finds it back.
    await clock.advance(1000);
    await waitFor(() => (health.status()[0]?.failures ?? 0) >= 2);
    expect(health.isHealthy(0)).toBe(false);
    await clock.advance(2000);
    await waitFor(() => health.isHealthy(0));

    // The stream goes back to the primary between utterances.
    for (const c of backup.connections) answerFinalize(c, 'from backup');
    stream.push(HALF_SECOND);
    await (await backup.connection(0)).audioBytes(16_000);
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'from backup' });
    await waitFor(() => stream.providerIndex === 0);
    const back = primary.connections.at(-1) as FakeConnection;
    answerFinalize(back, 'from primary');
    stream.push(HALF_SECOND);
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'from primary' });
    await stream.close();
  });

  it('providers that accept the socket and then die at once: the turn is passed on a bounded number of times', async () => {
    primary.onConnection((c) => c.close(1011, 'crash'));
    backup.onConnection((c) => c.close(1011, 'crash'));
    const stream = (await stt.openStream()) as FailoverSttStream;
    stream.push(HALF_SECOND);
    await expect(stream.finalize()).rejects.toMatchObject({ kind: 'unavailable' });
    // Open primary, fail over to the backup, back to the primary, then give up: not forever.
    expect(primary.connections.length + backup.connections.length).toBeLessThanOrEqual(4);
    expect(switches.at(-1)).toMatchObject({ to: undefined });
    await stream.close();
  });

  it('all providers down: the utterance is reported lost once, and the stream recovers for the next', async () => {
    primary.refusals.push({ status: 503 }, { status: 503 });
    backup.refusals.push({ status: 500 }, { status: 500 });
    const stream = (await stt.openStream()) as FailoverSttStream;
    const events = collect(stream);
    expect(stream.providerIndex).toBeUndefined();
    expect(switches.at(-1)).toMatchObject({ from: 'backup', to: undefined });
    stream.push(HALF_SECOND); // tries again (refused again)
    await waitFor(() => primary.upgrades.length >= 2 && backup.upgrades.length >= 2);
    await expect(stream.finalize()).rejects.toMatchObject({ kind: 'unavailable' });
    await waitFor(() => events.length > 0);
    expect(events).toEqual([expect.objectContaining({ type: 'error' })]);

    // Both back (no more refusals): the next utterance is heard.
    primary.onConnection((c) => answerFinalize(c, 'hello again'));
    stream.push(HALF_SECOND);
    await expect(stream.finalize()).resolves.toMatchObject({ text: 'hello again' });
    await stream.close();
  });
});

describe('STT_PROVIDER as a list', () => {
  it('accepts an ordered list of known providers and refuses unknown or repeated names', () => {
    expect(loadSttConfig({ STT_PROVIDER: 'deepgram,pocketsphinx' }).STT_PROVIDER).toBe(
      'deepgram,pocketsphinx',
    );
    expect(() => loadSttConfig({ STT_PROVIDER: 'deepgram,whisper' })).toThrow(/STT_PROVIDER.*whisper/);
    expect(() => loadSttConfig({ STT_PROVIDER: 'deepgram,deepgram' })).toThrow(/listed twice/);
  });

  it('builds a failover service over the listed providers, in order', async () => {
    const a = await FakeProviderServer.start();
    try {
      const setup = await createSttService(
        loadSttConfig({ STT_PROVIDER: 'deepgram,openai', DEEPGRAM_API_KEY: KEY, STT_BASE_URL: a.url }),
      );
      expect(setup?.service).toBeInstanceOf(FailoverSttService);
      expect(setup?.health?.names).toEqual(['deepgram', 'openai']);
      await setup?.service.close();
    } finally {
      await a.stop();
    }
  });
});

async function waitFor(cond: () => boolean): Promise<void> {
  // Real sockets settle on the event loop; the condition, not a duration, ends the wait.
  while (!cond()) await new Promise((r) => setImmediate(r));
}

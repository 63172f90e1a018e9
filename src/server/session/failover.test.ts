import { describe, expect, it } from 'vitest';
import { childLogger } from '../../log/logger.ts';
import { FakeClock } from '../../pipeline/clock.ts';
import { ProviderHealth } from '../../services/health.ts';
import { ServiceError } from '../../services/service-base.ts';
import { EventQueue } from '../../services/stt/event-queue.ts';
import { FailoverSttService } from '../../services/stt/failover.ts';
import type { SttService, SttStream } from '../../services/stt/types.ts';
import { FailoverTtsService } from '../../services/tts/failover.ts';
import type { TtsService } from '../../services/tts/types.ts';
import type { ConversationRecorder } from '../../store/recorder.ts';
import { DebugBus, type DebugEvent } from '../debug-bus.ts';
import { SessionFailover } from './failover.ts';

function setup() {
  const clock = new FakeClock();
  const recorded: { sessionId: string; type: string; payload: unknown }[] = [];
  const recorder = {
    append: async (sessionId: string, type: string, payload: unknown) => {
      recorded.push({ sessionId, type, payload });
      return { sessionId, seq: recorded.length, type, payload, createdAt: '' };
    },
  } as unknown as ConversationRecorder;
  const debug = new DebugBus();
  const live: DebugEvent[] = [];
  debug.subscribe((e) => live.push(e), 's1');
  const failover = new SessionFailover({ sessionId: 's1', recorder, debug, clock, log: childLogger({}) });
  return { clock, recorded, live, failover };
}

const down = (provider: string) =>
  new ServiceError(`${provider} is unavailable (HTTP 503)`, { kind: 'unavailable', provider });

describe('a session sees failover through its own view', () => {
  it('records a TTS switch in its conversation and shows it on its live stream', async () => {
    const { clock, recorded, live, failover } = setup();
    const tts = (name: string, audio: boolean): TtsService => ({
      provider: name,
      model: name,
      capabilities: { streaming: false },
      async *synthesize() {
        if (!audio) throw down(name);
        yield new Int16Array(10);
      },
      warmup: async () => {},
      close: async () => {},
    });
    const shared = new FailoverTtsService([tts('cartesia', false), tts('offline', true)], {
      health: new ProviderHealth('tts', [{ name: 'cartesia' }, { name: 'offline' }], { clock }),
      clock,
    });
    for await (const _ of failover.tts(shared).synthesize('Hi.', { sampleRate: 24_000 })) break;
    expect(recorded).toEqual([
      {
        sessionId: 's1',
        type: 'provider_switch',
        payload: expect.objectContaining({
          stage: 'tts',
          from: 'cartesia',
          to: 'offline',
          kind: 'unavailable',
        }),
      },
    ]);
    expect(live).toEqual([expect.objectContaining({ kind: 'provider-switch', sessionId: 's1' })]);
  });

  it('records an STT switch when the primary cannot open a stream', async () => {
    const { clock, recorded, failover } = setup();
    // A stream whose events run until it is closed (one that ends on its own is a failure).
    const events = new EventQueue<never>();
    const stream = {
      close: async () => events.end(),
      [Symbol.asyncIterator]: () => events[Symbol.asyncIterator](),
    } as unknown as SttStream;
    const stt = (name: string, ok: boolean): SttService => ({
      provider: name,
      model: name,
      capabilities: { streaming: true, interimResults: false },
      openStream: async () => {
        if (!ok) throw down(name);
        return stream;
      },
      close: async () => {},
    });
    const shared = new FailoverSttService([stt('deepgram', false), stt('pocketsphinx', true)], {
      health: new ProviderHealth('stt', [{ name: 'deepgram' }, { name: 'pocketsphinx' }], { clock }),
      clock,
    });
    const opened = await failover.stt(shared).openStream();
    await clock.advance(0);
    expect(recorded.map((r) => r.payload)).toEqual([
      expect.objectContaining({ stage: 'stt', from: 'deepgram', to: 'pocketsphinx' }),
    ]);
    await opened.close();
  });

  it('leaves a single provider as it is', () => {
    const { failover } = setup();
    const plain = { provider: 'offline' } as TtsService;
    expect(failover.tts(plain)).toBe(plain);
  });
});

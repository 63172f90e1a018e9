import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { createFrame, type Frame, type FrameHop } from '../../src/pipeline/index.ts';
import { DebugBus, type DebugEvent } from '../../src/server/debug-bus.ts';
import { ServerMetrics } from '../../src/server/metrics.ts';
import { SessionObserver, stageLabel } from '../../src/server/session/observers.ts';

describe('stageLabel (Prometheus processor label)', () => {
  it('drops the session id and instance number so series do not grow per session', () => {
    expect(stageLabel('llm:1a2b3c4d')).toBe('llm');
    expect(stageLabel('ws:1a2b3c4d:output')).toBe('ws:output');
    expect(stageLabel('TtsProcessor#12')).toBe('TtsProcessor');
    expect(stageLabel('twilio:output')).toBe('twilio:output');
  });
});

describe('SessionObserver (debug stream)', () => {
  it('publishes a transcript the safety stage rewrites only as rewritten, never the raw text', () => {
    const clock = new FakeClock();
    const debug = new DebugBus();
    const seen: DebugEvent[] = [];
    debug.subscribe((e) => seen.push(e));
    const observer = new SessionObserver({ sessionId: 's1', debug, metrics: new ServerMetrics() });
    const hop = (frame: Frame, source: string, destination: string, rewritten: boolean): FrameHop => ({
      frame,
      direction: 'downstream',
      source,
      destination,
      at: clock.now(),
      rewritten,
    });
    const raw = createFrame(
      'transcription',
      { text: 'my card is 4111 1111 1111 1111', userId: 'u', final: true },
      clock,
    );
    const redacted = createFrame(
      'transcription',
      { text: 'my card is [card number]', userId: 'u', final: true },
      clock,
    );
    const plain = createFrame('transcription', { text: 'show me boots', userId: 'u', final: true }, clock);
    observer.onFrameHop(hop(raw, 'stt', 'safety', true));
    observer.onFrameHop(hop(redacted, 'safety', 'llm', false));
    // An unchanged transcript passes the safety stage as the same frame: published once.
    observer.onFrameHop(hop(plain, 'stt', 'safety', true));
    observer.onFrameHop(hop(plain, 'safety', 'llm', false));
    const texts = seen.filter((e) => e.kind === 'transcription').map((e) => JSON.stringify(e.data));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('[card number]');
    expect(texts[1]).toContain('show me boots');
    expect(texts.join(' ')).not.toContain('4111');
  });

  it("marks each stage of a turn once, the reply's first text included, without publishing text deltas", async () => {
    const clock = new FakeClock();
    const debug = new DebugBus();
    const seen: DebugEvent[] = [];
    debug.subscribe((e) => seen.push(e));
    const observer = new SessionObserver({ sessionId: 's1', debug, metrics: new ServerMetrics() });
    const at = async (ms: number, frame: Frame) => {
      await clock.advance(ms);
      observer.onFrameHop({
        frame,
        direction: 'downstream',
        source: 'a',
        destination: 'b',
        at: clock.now(),
        rewritten: false,
      });
    };
    await at(1000, createFrame('vad-user-stopped-speaking', { stopSecs: 0.2, lagMs: 40 }, clock));
    await at(30, createFrame('transcription', { text: 'show me boots', userId: 'u', final: true }, clock));
    await at(5, createFrame('llm-response-start', {}, clock));
    await at(60, createFrame('llm-text', { text: 'I found ' }, clock));
    await at(10, createFrame('llm-text', { text: 'two boots.' }, clock));
    await at(25, createFrame('tts-started', {}, clock));
    await at(5, createFrame('bot-started-speaking', {}, clock));
    const turns = seen.filter((e) => e.kind === 'turn-latency').map((e) => e.data);
    expect(turns).toEqual([
      {
        // The VAD decided 40 ms after the stop's audio arrived: every mark counts from the arrival.
        vadStopMs: 240,
        inputLagMs: 40,
        sttFinalMs: 270,
        llmStartMs: 275,
        textStartMs: 335,
        ttsStartMs: 370,
        voiceToVoiceMs: 375,
      },
    ]);
    expect(seen.some((e) => e.kind === 'llm-text')).toBe(false);
  });
});

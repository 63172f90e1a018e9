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
});

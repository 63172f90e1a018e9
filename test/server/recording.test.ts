/**
 * The session recorder on its own: a barge-in records the turn as heard (every segment played
 * since the bot started, not only the cut one) next to the reply that was generated, and a
 * context-append is recorded as the shopper's words. (The LLM stage commits the same text to its
 * history from the same frame: llm-processor.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { createFrame, FakeClock } from '../../src/pipeline/index.ts';
import { runProcessorTest } from '../../src/pipeline/testing.ts';
import { RecordingProcessor } from '../../src/server/session/recording.ts';
import type { ConversationRecorder } from '../../src/store/recorder.ts';

function fakeRecorder() {
  const events: { type: string; payload: Record<string, unknown> }[] = [];
  const recorder = {
    async append(_sessionId: string, type: string, payload: unknown) {
      events.push({ type, payload: payload as Record<string, unknown> });
    },
  } as unknown as ConversationRecorder;
  return { events, recorder };
}

describe('RecordingProcessor', () => {
  it('records an interrupted turn as everything heard', async () => {
    const clock = new FakeClock();
    const { events, recorder } = fakeRecorder();
    const rec = new RecordingProcessor({ recorder, sessionId: 's1' });
    const reply = 'I found 3 options. First, Alba Hoodie at 49 euros. Second, Northpeak Hoodie.';
    const spokenText = (over: Record<string, unknown>) =>
      createFrame(
        'bot-spoken-text',
        {
          segmentId: 2,
          text: 'First, Alba',
          fullText: 'First, Alba Hoodie at 49 euros.',
          interrupted: true,
          playedMs: 700,
          totalMs: 2000,
          turnText: 'I found 3 options. First, Alba',
          ...over,
        },
        clock,
      );
    await runProcessorTest(
      rec,
      [
        createFrame('llm-run', { text: 'show me hoodies', source: 'typed', audioResponse: true }, clock),
        createFrame('llm-response-start', {}, clock),
        createFrame('llm-text', { text: reply }, clock),
        createFrame('llm-response-end', {}, clock),
        createFrame('interruption', {}, clock),
        // The output reports it both ways; only the upstream copy counts.
        spokenText({}),
        { frame: spokenText({}), direction: 'upstream' },
      ],
      { clock },
    );
    expect(events.map((e) => e.type)).toEqual([
      'user_transcript',
      'assistant_text',
      'interruption',
      'assistant_text',
    ]);
    expect(events[1]!.payload).toEqual({ text: reply });
    expect(events[3]!.payload).toMatchObject({
      text: 'I found 3 options. First, Alba',
      fullText: reply,
      interrupted: true,
      segmentText: 'First, Alba',
      playedMs: 700,
    });
  });

  it('records a context-append as the shopper’s words without a reply', async () => {
    const clock = new FakeClock();
    const { events, recorder } = fakeRecorder();
    await import('../../src/rtvi/processor.ts'); // registers context-append
    await runProcessorTest(
      new RecordingProcessor({ recorder, sessionId: 's1' }),
      [createFrame('context-append', { role: 'user', text: 'I like red', audioResponse: true }, clock)],
      { clock },
    );
    expect(events).toEqual([
      { type: 'user_transcript', payload: { text: 'I like red', source: 'typed', runImmediately: false } },
    ]);
  });

  it("records a turn's measurements as one metrics event, when the next turn starts and at the end", async () => {
    const clock = new FakeClock();
    const { events, recorder } = fakeRecorder();
    const rec = new RecordingProcessor({ recorder, sessionId: 's1' });
    const metrics = (processor: string, ttfbMs: number) =>
      createFrame('metrics', { data: [{ kind: 'ttfb', processor, valueMs: ttfbMs }] }, clock);
    const turn = (text: string) => createFrame('transcription', { text, userId: 'u', final: true }, clock);
    await runProcessorTest(
      rec,
      [
        turn('show me hoodies'),
        metrics('stt', 10),
        metrics('llm', 20),
        turn('the first one'),
        metrics('stt', 30),
      ],
      { clock },
    );
    expect(events.map((e) => e.type)).toEqual(['user_transcript', 'metrics', 'user_transcript', 'metrics']);
    expect(events[1]!.payload.data).toEqual([
      { kind: 'ttfb', processor: 'stt', valueMs: 10 },
      { kind: 'ttfb', processor: 'llm', valueMs: 20 },
    ]);
    expect(events[3]!.payload.data).toEqual([{ kind: 'ttfb', processor: 'stt', valueMs: 30 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../pipeline/clock.ts';
import { assessCompleteness } from './completeness.ts';
import { turnConfigFromEnv } from './config.ts';
import { type CompletenessJudge, type CompletenessVerdict, wordListJudge } from './judge.ts';
import { TextAwareTurnStrategy, type TurnStrategy, VadSilenceTurnStrategy } from './strategy.ts';
import { TurnDetector, type TurnEnd } from './turn-detector.ts';

describe('assessCompleteness', () => {
  it.each([
    ['I want a pair of', 'en', 'incomplete'],
    ['my order number is 4 5', 'en', 'incomplete'],
    ['my order number is four five', 'en', 'incomplete'],
    ['can you add the', 'en', 'incomplete'],
    ['I would like um', 'en', 'incomplete'],
    ['show me shoes and', 'en', 'incomplete'],
    ['I need it in', 'en', 'incomplete'],
    ['so the total is...', 'en', 'incomplete'],
    ['quiero unas', 'es', 'incomplete'],
    ['el número es', 'es', 'incomplete'],
    ['el numero de pedido es cuatro cinco', 'es-MX', 'incomplete'],
    ['busco zapatillas para', 'es', 'incomplete'],
    ['thank you', 'en', 'complete'],
    ["no that's all", 'en', 'complete'],
    ['yes', 'en', 'complete'],
    ['Where is my order?', 'en', 'complete'],
    ['add two of them please', 'en', 'complete'],
    ['sí', 'es', 'complete'],
    ['eso es todo gracias', 'es', 'complete'],
    ['I want the red running shoes', 'en', 'likely-complete'],
    ['I want to place an order', 'en', 'likely-complete'],
    ['quiero las zapatillas negras', 'es', 'likely-complete'],
    ['I want 2', 'en', 'unknown'],
    ['what colours do you have', 'en', 'complete'],
    ['I want the blue one', 'en', 'likely-complete'],
    ['twenty one', 'en', 'unknown'],
    ['show me what you have', 'en', 'complete'],
    ['do you have', 'en', 'incomplete'],
    ['I have', 'en', 'incomplete'],
    ['do you have them in size ten', 'en', 'complete'],
    ['the trail runners in size 9.5', 'en', 'complete'],
    ['show me jackets under fifty', 'en', 'complete'],
    ['between 50 and 100', 'en', 'complete'],
    ['my order number is 4 5', 'en', 'incomplete'],
    ['qué tallas tienen', 'es', 'complete'],
    ['en talla cuarenta y dos', 'es', 'complete'],
    ['tienen', 'es', 'incomplete'],
    ['', 'en', 'unknown'],
    ['ich möchte einen', 'de', 'unknown'],
  ])('"%s" (%s) → %s', (text, lang, verdict) => {
    expect(assessCompleteness(text, lang).verdict).toBe(verdict);
  });
});

const waits = { completeMs: 0, defaultMs: 400, incompleteMs: 1500 };

function setup(strategy: TurnStrategy = new TextAwareTurnStrategy(waits), maxWaitMs = 3000) {
  const clock = new FakeClock();
  const ends: (TurnEnd & { at: number })[] = [];
  const det = new TurnDetector({
    strategy,
    clock,
    maxWaitMs,
    onTurnEnd: (e) => ends.push({ ...e, at: clock.now() }),
  });
  return { clock, ends, det };
}

describe('TurnDetector', () => {
  it('VAD strategy ends the turn at the VAD stop', async () => {
    const { det, ends } = setup(new VadSilenceTurnStrategy());
    det.userStartedSpeaking();
    det.transcription('I want a pair of', false);
    det.userStoppedSpeaking();
    expect(ends).toEqual([
      { transcript: 'I want a pair of', silenceMs: 0, settleMs: 0, reason: 'VAD stopped', at: 0 },
    ]);
    expect(det.phase).toBe('idle');
  });

  it('text strategy waits longer for an unfinished sentence, then ends', async () => {
    const { det, ends, clock } = setup();
    det.userStartedSpeaking();
    det.transcription('I want a pair of', false);
    det.userStoppedSpeaking();
    await clock.advance(1499);
    expect(ends).toEqual([]);
    await clock.advance(1);
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ at: 1500, silenceMs: 1500, transcript: 'I want a pair of' });
    expect(ends[0]!.reason).toMatch(/incomplete: ends on "of"/);
  });

  it('ends at once when complete, and a transcript that completes the sentence shortens the wait', async () => {
    const { det, ends, clock } = setup();
    det.userStartedSpeaking();
    det.transcription('that is all thank you', true);
    det.userStoppedSpeaking();
    expect(ends.map((e) => e.at)).toEqual([0]);

    det.userStartedSpeaking();
    det.transcription('my order number is 4 5', false);
    det.userStoppedSpeaking();
    await clock.advance(300);
    expect(ends).toHaveLength(1);
    // The STT catches up while the user is silent: the sentence now reads as finished.
    det.transcription('my order number is 4 5 6 please', true);
    expect(ends).toHaveLength(2);
    expect(ends[1]).toMatchObject({ at: 300, silenceMs: 300, transcript: 'my order number is 4 5 6 please' });
    expect(clock.pendingTimers).toBe(0);
  });

  it('speech resuming cancels the wait and the turn continues', async () => {
    const { det, ends, clock } = setup();
    det.userStartedSpeaking();
    det.transcription('quiero unas', true);
    det.setLanguage('es');
    det.userStoppedSpeaking();
    await clock.advance(800);
    det.userStartedSpeaking();
    expect(clock.pendingTimers).toBe(0);
    det.transcription('zapatillas negras', true);
    det.userStoppedSpeaking();
    await clock.advance(199);
    expect(ends).toHaveLength(0);
    await clock.advance(1);
    expect(ends).toEqual([
      expect.objectContaining({ transcript: 'quiero unas zapatillas negras', silenceMs: 200, at: 1000 }),
    ]);
  });

  it('never waits beyond maxWaitMs', async () => {
    const { det, ends, clock } = setup(new TextAwareTurnStrategy({ ...waits, incompleteMs: 10_000 }), 2000);
    det.userStartedSpeaking();
    det.transcription('I would like the', false);
    det.userStoppedSpeaking();
    await clock.advance(2000);
    expect(ends).toHaveLength(1);
    expect(ends[0]!.reason).toMatch(/^max wait/);
  });

  it('with no transcript yet uses the default wait; reset cancels everything', async () => {
    const { det, ends, clock } = setup();
    det.userStartedSpeaking();
    det.userStoppedSpeaking();
    await clock.advance(399);
    det.reset();
    await clock.runAll();
    expect(ends).toEqual([]);
    expect(clock.pendingTimers).toBe(0);
    det.userStoppedSpeaking(); // stop without start is ignored
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('turn config', () => {
  it('builds strategies from env', () => {
    expect(turnConfigFromEnv({}).strategy.name).toBe('text');
    expect(turnConfigFromEnv({}).maxWaitMs).toBe(800);
    expect(turnConfigFromEnv({ TURN_STRATEGY: 'vad' }).strategy.name).toBe('vad');
    const text = turnConfigFromEnv({ TURN_INCOMPLETE_WAIT_MS: '2000' }).strategy as TextAwareTurnStrategy;
    expect(text.waits.incompleteMs).toBe(2000);
    expect(() => turnConfigFromEnv({ TURN_STRATEGY: 'smart' })).toThrow();
  });
});

describe('turn waits from the environment', () => {
  const input = (transcript: string) => ({ transcript, transcriptFinal: true, language: 'en', silenceMs: 0 });

  it('ends a request that ends on a content word at the VAD stop by default, and still waits for an unfinished one', () => {
    const { strategy } = turnConfigFromEnv({});
    expect(strategy.decide(input('show me running shoes')).waitMs).toBe(0);
    expect(strategy.decide(input('I want a pair of')).waitMs).toBe(700);
    expect(strategy.decide(input('what colours do you have')).waitMs).toBe(0);
    expect(strategy.decide(input('blue')).waitMs).toBe(200);
    const tuned = turnConfigFromEnv({ TURN_LIKELY_COMPLETE_WAIT_MS: '120' }).strategy;
    expect(tuned.decide(input('show me running shoes')).waitMs).toBe(120);
  });
});

describe('an injected completeness judge', () => {
  const input = (transcript: string) => ({
    transcript,
    transcriptFinal: false,
    language: 'en',
    silenceMs: 0,
  });
  const waitsOf = { completeMs: 0, defaultMs: 200, incompleteMs: 700, likelyCompleteMs: 0 };
  const parse: Record<string, CompletenessVerdict> = {
    'add the blue one': 'complete',
    'what colours do you': 'incomplete',
    'add the hoodie in': 'incomplete',
  };
  const judge: CompletenessJudge = (text) => parse[text] ?? 'unknown';

  it('decides first: its complete and incomplete override the word lists', () => {
    const s = new TextAwareTurnStrategy(waitsOf, { judge });
    expect(s.hasJudge).toBe(true);
    expect(s.decide(input('add the blue one'))).toEqual({
      waitMs: 0,
      reason: 'complete: judged from the parse',
    });
    expect(s.decide(input('add the hoodie in')).waitMs).toBe(700);
  });

  it('when unsure, a closer ends at once, an unfinished-looking tail waits halfway, anything else briefly', () => {
    const s = new TextAwareTurnStrategy(waitsOf, { judge });
    // The parse could not read it: as often a misheard tail ("… looking dog or") as a pause.
    expect(s.decide(input('I want a pair of'))).toEqual({
      waitMs: 450,
      reason: 'unsure-incomplete: judge unsure; ends on "of"',
    });
    expect(s.decide(input('no thank you')).waitMs).toBe(0);
    // A misheard tail the parse cannot read ends after the short wait, not the long one.
    const unsure = s.decide(input('show me the grab gizmo'));
    expect(unsure).toEqual({ waitMs: 200, reason: expect.stringMatching(/^unknown: judge unsure/) });
  });

  it('a judge that throws falls back to the word lists', () => {
    const s = new TextAwareTurnStrategy(waitsOf, {
      judge: () => {
        throw new Error('parser crashed');
      },
    });
    const d = s.decide(input('I want a pair of'));
    expect(d.waitMs).toBe(700);
    expect(d.reason).toMatch(/judge failed \(parser crashed\)/);
  });

  it('is not asked about an empty transcript', () => {
    let calls = 0;
    const s = new TextAwareTurnStrategy(waitsOf, {
      judge: () => {
        calls++;
        return 'complete';
      },
    });
    expect(s.decide(input('  ')).waitMs).toBe(200);
    expect(calls).toBe(0);
  });

  it('reaches the strategy from turnConfigFromEnv, and the word-list judge maps likely-complete to complete', () => {
    const { strategy } = turnConfigFromEnv({}, { judge });
    expect((strategy as TextAwareTurnStrategy).hasJudge).toBe(true);
    expect(strategy.decide(input('add the blue one')).waitMs).toBe(0);
    expect((turnConfigFromEnv({}).strategy as TextAwareTurnStrategy).hasJudge).toBe(false);
    expect(wordListJudge('I want the red running shoes', 'en')).toBe('complete');
    expect(wordListJudge('I want the', 'en')).toBe('incomplete');
    expect(wordListJudge('blue', 'en')).toBe('unknown');
  });

  it('a parse-complete request ends the turn at the VAD stop in the detector', async () => {
    const { det, ends } = setup(new TextAwareTurnStrategy(waitsOf, { judge }), 800);
    det.userStartedSpeaking();
    det.transcription('add the blue one', false);
    det.userStoppedSpeaking();
    expect(ends).toEqual([expect.objectContaining({ silenceMs: 0, transcript: 'add the blue one' })]);
  });
});

describe('settled transcript at the VAD stop', () => {
  const waitsOf = { completeMs: 0, defaultMs: 200, incompleteMs: 700, likelyCompleteMs: 0 };
  const judge: CompletenessJudge = (text) =>
    /\b(of|the|my|in)$/.test(text) ? 'incomplete' : /cart|harness|leash$/.test(text) ? 'complete' : 'unknown';
  /** A detector whose STT has already answered one VAD stop with a settled transcript. */
  function seasoned() {
    const { det, ends, clock } = setup(new TextAwareTurnStrategy(waitsOf, { judge }), 800);
    det.userStartedSpeaking();
    det.userStoppedSpeaking();
    det.transcription('add the rope leash', false, true);
    ends.length = 0;
    return { det, ends, clock };
  }

  it('a stale interim that reads as unfinished ends as soon as the settled one reads as complete', async () => {
    const { det, ends, clock } = seasoned();
    det.userStartedSpeaking();
    det.transcription('what is in my', false); // the decoder is behind: "cart" not in yet
    det.userStoppedSpeaking();
    await clock.advance(60);
    expect(ends).toEqual([]);
    det.transcription('what is in my cart', false, true);
    expect(ends).toEqual([
      expect.objectContaining({ at: 60, silenceMs: 60, settleMs: 60, transcript: 'what is in my cart' }),
    ]);
    expect(ends[0]!.reason).toMatch(/^complete/);
  });

  it('a stale interim that reads as complete does not end the turn before the settled one', async () => {
    const { det, ends, clock } = seasoned();
    det.userStartedSpeaking();
    det.transcription('add the rope leash', false);
    det.userStoppedSpeaking();
    await clock.advance(50);
    expect(ends).toEqual([]);
    det.transcription('add the rope leash to my', false, true); // the user paused mid-sentence
    await clock.advance(600);
    expect(ends).toEqual([]);
    await clock.advance(50);
    expect(ends).toEqual([expect.objectContaining({ silenceMs: 700, settleMs: 50 })]);
  });

  it('waits at most settleWaitMs for a settled transcript that never comes', async () => {
    const { det, ends, clock } = seasoned();
    det.userStartedSpeaking();
    det.transcription('add the rope leash', false);
    det.userStoppedSpeaking();
    await clock.advance(399);
    expect(ends).toEqual([]);
    await clock.advance(1);
    expect(ends).toEqual([expect.objectContaining({ silenceMs: 400, settleMs: 400 })]);
    expect(ends[0]!.reason).toMatch(/^no settled transcript/);
  });

  it('an STT that never sends settled transcripts is not waited for', () => {
    const { det, ends } = setup(new TextAwareTurnStrategy(waitsOf, { judge }), 800);
    det.userStartedSpeaking();
    det.transcription('add the rope leash', false);
    det.userStoppedSpeaking();
    expect(ends).toEqual([expect.objectContaining({ silenceMs: 0, settleMs: 0 })]);
  });
});

describe('resume hold', () => {
  const waitsOf = { completeMs: 0, defaultMs: 200, incompleteMs: 700, likelyCompleteMs: 0 };
  function held(resumeHoldMs?: number) {
    const clock = new FakeClock();
    const ends: (TurnEnd & { at: number })[] = [];
    const det = new TurnDetector({
      strategy: new TextAwareTurnStrategy(waitsOf),
      clock,
      maxWaitMs: 800,
      ...(resumeHoldMs === undefined ? {} : { resumeHoldMs }),
      onTurnEnd: (e) => ends.push({ ...e, at: clock.now() }),
    });
    det.userStartedSpeaking();
    det.transcription('I want the', false);
    det.userStoppedSpeaking();
    return { clock, ends, det };
  }

  it('holds an expiring wait while sound rises again, and the VAD start then continues the turn', async () => {
    const { clock, ends, det } = held();
    det.inputLevel(-90); // the quiet after the stop
    await clock.advance(680);
    det.inputLevel(-30); // the rest of the sentence begins; the VAD has not confirmed it yet
    for (let t = 0; t < 200; t += 20) {
      await clock.advance(20);
      det.inputLevel(-28); // frames keep coming while the VAD makes up its mind
    }
    expect(ends).toEqual([]);
    det.userStartedSpeaking();
    expect(clock.pendingTimers).toBe(0);
    det.transcription('I want the blue one', false); // the interim now covers the whole sentence
    det.userStoppedSpeaking();
    expect(ends).toEqual([expect.objectContaining({ transcript: 'I want the blue one', silenceMs: 0 })]);
  });

  it('ends after at most the hold when the VAD never confirms', async () => {
    const { clock, ends, det } = held(300);
    det.inputLevel(-90);
    await clock.advance(690);
    for (let t = 0; t < 600; t += 20) {
      det.inputLevel(-30);
      await clock.advance(20);
    }
    expect(ends).toHaveLength(1);
    expect(ends[0]!.silenceMs).toBe(1000);
    expect(ends[0]!.reason).toMatch(/held 300 ms for resumed sound$/);
  });

  it('steady background noise, a quiet click or a disabled hold do not delay the end', async () => {
    for (const [levels, hold] of [
      [[-40, -40, -39], undefined], // noise at its own floor
      [[-90, -60], undefined], // rises, but stays below the speech gate
      [[-90, -30], 0], // hold off
    ] as const) {
      const { clock, ends, det } = held(hold);
      for (const l of levels) det.inputLevel(l);
      await clock.advance(699);
      for (const l of levels) det.inputLevel(l);
      await clock.advance(1);
      expect(ends.map((e) => e.silenceMs)).toEqual([700]);
    }
  });
});

describe('TurnProcessor in manual turn mode (push-to-talk)', () => {
  it('lets the client end the turn and keeps the detector out of it', async () => {
    const { runProcessorTest } = await import('../../pipeline/testing.ts');
    const { createFrame } = await import('../../pipeline/index.ts');
    const { TurnProcessor } = await import('./turn-processor.ts');
    const clock = new FakeClock();
    const turns: TurnEnd[] = [];
    const turn = new TurnProcessor({
      strategy: new VadSilenceTurnStrategy(),
      maxWaitMs: 500,
      onTurnEnd: (e) => turns.push(e),
    });
    const { down } = await runProcessorTest(
      turn,
      [
        createFrame('user-turn-mode', { mode: 'manual' }, clock),
        // The VAD's events no longer count: no turn ends at its stop.
        createFrame('vad-user-started-speaking', { startSecs: 0.2 }, clock),
        createFrame('vad-user-stopped-speaking', { stopSecs: 0.2 }, clock),
        createFrame('user-stopped-speaking', {}, clock),
        createFrame('user-turn-mode', { mode: 'vad' }, clock),
        createFrame('user-stopped-speaking', {}, clock),
      ],
      { clock },
    );
    expect(turns).toEqual([]);
    // Manual: the client's user-stopped-speaking passes; back in VAD mode, the processor owns it.
    expect(down.filter((f) => f.type === 'user-stopped-speaking')).toHaveLength(1);
  });
});

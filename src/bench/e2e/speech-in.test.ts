import { describe, expect, it } from 'vitest';
import type { BenchUtterance, TurnResult } from './conversation.ts';
import { userSide } from './conversation.ts';
import { scoreTurn, speechInTable } from './speech-in.ts';
import { firstWord } from './turn-utterances.ts';

const turn = (over: Partial<TurnResult>): TurnResult => ({
  utterance: 0,
  voice: 'flite:rms',
  latencyMs: 300,
  botSpeakingMs: 0,
  frames: 0,
  underruns: 0,
  maxGapMs: 0,
  maxSilenceMs: 0,
  transcripts: [],
  turnEnds: [],
  ...over,
});
const utt = (over: Partial<BenchUtterance>): BenchUtterance => ({
  text: 'add the navy hoodie to my cart',
  voice: 'flite:rms',
  pcm: new Int16Array(0),
  kind: 'complete',
  ...over,
});

describe('speech-in scoring', () => {
  it('first words compare as a recognizer spells them', () => {
    expect(firstWord('I want the … blue hoodie')).toBe('i');
    expect(firstWord('  Add, the hoodie')).toBe('add');
  });

  it('pairs the closing turn end with the server wait by its order in the session', () => {
    const ends = [
      { at: 1, waitMs: 0 },
      { at: 2, waitMs: 700 },
      { at: 3, waitMs: 12 },
    ];
    const s = scoreTurn(
      turn({ transcripts: ['the navy hoodie to my cart'], turnEnds: [{ seq: 1, duringSpeech: false }] }),
      utt({}),
      ends,
    );
    expect(s).toMatchObject({
      firstWordHeard: false,
      waitMs: 700,
      cutOff: false,
      heard: 'the navy hoodie to my cart',
    });
  });

  it('a turn end before the last word went out is a cut-off; the wait is the end after the speech', () => {
    const s = scoreTurn(
      turn({
        transcripts: ['i want the', 'blue hoodie'],
        turnEnds: [
          { seq: 0, duringSpeech: true },
          { seq: 1, duringSpeech: false },
        ],
      }),
      utt({ text: 'I want the … blue hoodie', kind: 'paused', pauseMs: 600 }),
      [
        { at: 1, waitMs: 200 },
        { at: 2, waitMs: 5 },
      ],
    );
    expect(s).toMatchObject({ firstWordHeard: true, cutOff: true, waitMs: 5 });
    const table = speechInTable([s]);
    expect(table.rows.at(-1)).toEqual(['all', 1, '1/1', '100 %', '0/0', Number.NaN, Number.NaN, '1/1']);
    expect(table.notes?.[1]).toBe('False cut-offs by pause length: 600 ms: 1/1.');
  });

  it('reads the user side of a turn from RTVI messages, numbering turn ends across the session', () => {
    let seq = 4;
    const msg = (at: number, type: string, data?: Record<string, unknown>) => ({
      at,
      message: { label: 'rtvi-ai' as const, type, ...(data ? { data } : {}) },
    });
    const side = userSide(
      {
        messages: [
          msg(5, 'user-stopped-speaking'), // the previous turn's tail: counted, not attributed
          msg(20, 'user-transcription', { text: 'add the', final: false }),
          msg(30, 'user-stopped-speaking'),
          msg(40, 'user-transcription', { text: 'add the navy hoodie', final: true }),
          msg(60, 'user-stopped-speaking'),
        ],
      },
      10,
      50,
      () => seq++,
    );
    expect(side).toEqual({
      transcripts: ['add the navy hoodie'],
      turnEnds: [
        { seq: 5, duringSpeech: true },
        { seq: 6, duringSpeech: false },
      ],
    });
  });
});

/**
 * The smoke tests every frozen round runs on its WER material (the decoding itself runs only in
 * `npm run bench`): the utterances load, are as many as the round's README says, some carry a
 * mid-sentence pause, none repeats; and a first word lost on one of them scores as a miss.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/services/stt/lm/text-norm.ts';
import type { Voice } from '../../src/services/stt/synth.ts';
import { type Decoded, score } from './bench.ts';
import { PAUSE } from './utterances.ts';

export interface RoundUtterances {
  /** `round <n>` in the describe block's name. */
  label: string;
  utterances: Readonly<Record<string, readonly string[]>>;
  /** The catalogs, in order. */
  catalogs: readonly string[];
  /** Utterances per catalog: exactly this many, or (with `atLeast`) at least. */
  count: number;
  atLeast?: boolean;
  /** Fewest utterances with a mid-sentence pause per catalog. */
  minPaused: number;
  /** One utterance (said with a pause) of one catalog whose first word the recognizer is made to lose. */
  sample: { catalog: string; text: string };
}

export function describeRoundUtterances(round: RoundUtterances): void {
  describe(`${round.label} WER utterances`, () => {
    const many = round.atLeast ? `at least ${round.count}` : `${round.count}`;
    it(`has ${many} utterances per ${round.label.replace(' ', '-')} catalog, some with a mid-sentence pause, none repeated`, () => {
      expect(Object.keys(round.utterances)).toEqual(round.catalogs);
      for (const utterances of Object.values(round.utterances)) {
        if (round.atLeast) expect(utterances.length).toBeGreaterThanOrEqual(round.count);
        else expect(utterances.length).toBe(round.count);
        expect(utterances.filter((u) => u.includes(PAUSE)).length).toBeGreaterThanOrEqual(round.minPaused);
        expect(new Set(utterances).size).toBe(utterances.length);
        for (const u of utterances) expect(normalizeText(u.split(PAUSE).join(' '))).not.toBe('');
      }
    });

    it('scores a lost first word on one of its utterances as a miss', () => {
      const ref = normalizeText(round.sample.text);
      const d: Decoded = {
        catalog: round.sample.catalog,
        voice: 'flite:kal16' satisfies Voice,
        text: ref,
        paused: true,
        ref,
        hyp: ref.split(' ').slice(1).join(' '),
        lost: false,
      };
      expect(score([d])).toMatchObject({ errors: 1, firstRight: 0, clips: 1 });
    });
  });
}

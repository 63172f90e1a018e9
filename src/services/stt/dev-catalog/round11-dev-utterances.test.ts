/** Session 17's speech development utterances load, pause where marked, and repeat none of round 11's own. */
import { describe, expect, it } from 'vitest';
import { WER_UTTERANCES_ROUND11 } from '../../../../eval/round11/wer/utterances.ts';
import { describeRoundUtterances } from '../../../../eval/wer/round-suite.ts';
import { ROUND11_DEV_UTTERANCES } from './round11-dev-utterances.ts';

describeRoundUtterances({
  label: 'dev11 set',
  utterances: ROUND11_DEV_UTTERANCES,
  catalogs: ['tennis', 'model-trains'],
  count: 30,
  minPaused: 5,
  sample: { catalog: 'tennis', text: 'add the claycourt shoe | size ten' },
});

describe('dev11 set', () => {
  it("repeats none of round 11's frozen utterances", () => {
    const frozen = new Set(Object.values(WER_UTTERANCES_ROUND11).flat());
    expect(
      Object.values(ROUND11_DEV_UTTERANCES)
        .flat()
        .filter((u) => frozen.has(u)),
    ).toEqual([]);
  });
});

/** Round 3's WER material loads and is what its README says (the decoding itself runs only in `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/services/stt/lm/text-norm.ts';
import { type Decoded, score } from '../../wer/bench.ts';
import { PAUSE, WER_UTTERANCES_ROUND3 } from './utterances.ts';

describe('round 3 WER utterances', () => {
  it('has 38 utterances per round-3 catalog, some with a mid-sentence pause, none repeated', () => {
    expect(Object.keys(WER_UTTERANCES_ROUND3)).toEqual(['coffee-and-tea', 'bicycles-cycling']);
    for (const utterances of Object.values(WER_UTTERANCES_ROUND3)) {
      expect(utterances.length).toBe(38);
      expect(utterances.filter((u) => u.includes(PAUSE)).length).toBeGreaterThanOrEqual(4);
      expect(new Set(utterances).size).toBe(utterances.length);
      for (const u of utterances) expect(normalizeText(u.split(PAUSE).join(' '))).not.toBe('');
    }
  });

  it('scores a lost first word on one of its utterances as a miss', () => {
    const ref = normalizeText('add the harbor french press the eight cup');
    const d: Decoded = {
      catalog: 'coffee-and-tea',
      voice: 'flite:kal16',
      text: ref,
      paused: true,
      ref,
      hyp: normalizeText('the harbor french press the eight cup'),
      lost: false,
    };
    expect(score([d])).toMatchObject({ errors: 1, firstRight: 0, clips: 1 });
  });
});

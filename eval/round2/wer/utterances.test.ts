/** Round 2's WER material loads and is what its README says (the decoding itself runs only in `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/services/stt/lm/text-norm.ts';
import { type Decoded, score } from '../../wer/bench.ts';
import { PAUSE, WER_UTTERANCES_ROUND2 } from './utterances.ts';

describe('round 2 WER utterances', () => {
  it('has at least 36 utterances per round-2 catalog, some with a mid-sentence pause, none repeated', () => {
    expect(Object.keys(WER_UTTERANCES_ROUND2)).toEqual(['beauty-personal-care', 'hardware-tools']);
    for (const utterances of Object.values(WER_UTTERANCES_ROUND2)) {
      expect(utterances.length).toBeGreaterThanOrEqual(36);
      expect(utterances.filter((u) => u.includes(PAUSE)).length).toBeGreaterThanOrEqual(3);
      expect(new Set(utterances).size).toBe(utterances.length);
      for (const u of utterances) expect(normalizeText(u.split(PAUSE).join(' '))).not.toBe('');
    }
  });

  it('scores a lost first word on one of its utterances as a miss', () => {
    const ref = normalizeText('add the brightbar work light the twenty volt version');
    const d: Decoded = {
      catalog: 'hardware-tools',
      voice: 'flite:kal16',
      text: ref,
      paused: true,
      ref,
      hyp: normalizeText('the brightbar work light the twenty volt version'),
      lost: false,
    };
    expect(score([d])).toMatchObject({ errors: 1, firstRight: 0, clips: 1 });
  });
});

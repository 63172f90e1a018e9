/** The WER bench's scoring on known transcripts (the decoding itself runs only in `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { type Decoded, score } from './bench.ts';

const clip = (ref: string, hyp: string): Decoded => ({
  catalog: 'garden-supplies',
  voice: 'flite:kal16',
  text: ref,
  paused: false,
  ref,
  hyp,
  lost: false,
});

describe('eval WER scoring', () => {
  it('counts word errors and whether the first word was heard', () => {
    const s = score([
      clip('add the powercut pruner in moss', 'add the powercut pruner in moss'),
      clip('add the powercut pruner in moss', 'the powercut pruner in moss'),
      clip('only the verdano ones', 'oh me the verdano ones'),
    ]);
    expect(s).toEqual({ errors: 3, words: 16, firstRight: 1, clips: 3 });
  });

  it('scores a lost utterance as every word deleted and its first word missed', () => {
    expect(score([clip('empty my cart', '')])).toEqual({ errors: 3, words: 3, firstRight: 0, clips: 1 });
  });
});

/** Round 13's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND13 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 13',
  utterances: WER_UTTERANCES_ROUND13,
  catalogs: ['scuba', 'billiards'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'billiards', text: 'add the junior cue forty eight inch' },
});

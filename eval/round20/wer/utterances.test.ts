/** Round 20's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND20 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 20',
  utterances: WER_UTTERANCES_ROUND20,
  catalogs: ['cricket', 'spices'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'cricket', text: 'add the junior bat size four' },
});

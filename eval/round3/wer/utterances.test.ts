/** Round 3's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND3 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 3',
  utterances: WER_UTTERANCES_ROUND3,
  catalogs: ['coffee-and-tea', 'bicycles-cycling'],
  count: 38,
  minPaused: 4,
  sample: { catalog: 'coffee-and-tea', text: 'add the harbor french press the eight cup' },
});

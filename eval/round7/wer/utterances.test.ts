/** Round 7's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND7 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 7',
  utterances: WER_UTTERANCES_ROUND7,
  catalogs: ['ski', 'wine'],
  count: 38,
  minPaused: 6,
  sample: { catalog: 'wine', text: 'get the swan decanter one point five liter' },
});

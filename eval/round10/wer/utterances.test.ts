/** Round 10's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND10 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 10',
  utterances: WER_UTTERANCES_ROUND10,
  catalogs: ['fishing', 'beekeeping'],
  count: 38,
  minPaused: 6,
  sample: { catalog: 'beekeeping', text: 'add the stainless smoker four by seven inch' },
});

/** Round 14's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND14 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 14',
  utterances: WER_UTTERANCES_ROUND14,
  catalogs: ['astronomy', 'bowling'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'bowling', text: 'add the surge reactive ball fourteen pound' },
});

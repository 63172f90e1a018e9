/** Round 19's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND19 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 19',
  utterances: WER_UTTERANCES_ROUND19,
  catalogs: ['sailing', 'canning'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'sailing', text: 'add the dinghy boots uk eight' },
});

/** Round 18's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND18 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 18',
  utterances: WER_UTTERANCES_ROUND18,
  catalogs: ['juggling', 'cleaning'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'cleaning', text: 'add the wringer bucket twelve litre in grey' },
});

/** Round 4's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND4 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 4',
  utterances: WER_UTTERANCES_ROUND4,
  catalogs: ['jewelry-watches', 'car-care-auto'],
  count: 38,
  minPaused: 4,
  sample: { catalog: 'car-care-auto', text: 'add the aeroflex wiper blade the twenty two inch one' },
});

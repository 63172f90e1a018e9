/** Round 9's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND9 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 9',
  utterances: WER_UTTERANCES_ROUND9,
  catalogs: ['music', 'aquarium'],
  count: 38,
  minPaused: 6,
  sample: { catalog: 'aquarium', text: 'add the aqua soil four point four pound bag' },
});

/** Round 11's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND11 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 11',
  utterances: WER_UTTERANCES_ROUND11,
  catalogs: ['tennis', 'model-trains'],
  count: 38,
  minPaused: 6,
  sample: { catalog: 'model-trains', text: 'add the sound decoder with the eight pin plug' },
});

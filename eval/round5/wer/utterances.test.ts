/** Round 5's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND5 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 5',
  utterances: WER_UTTERANCES_ROUND5,
  catalogs: ['home-textiles', 'cameras-photo'],
  count: 38,
  minPaused: 4,
  sample: { catalog: 'cameras-photo', text: 'add the art fifty millimeter lens in sony e mount' },
});

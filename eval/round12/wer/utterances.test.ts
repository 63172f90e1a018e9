/** Round 12's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND12 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 12',
  utterances: WER_UTTERANCES_ROUND12,
  catalogs: ['dance', 'martial-arts'],
  count: 38,
  minPaused: 6,
  sample: { catalog: 'martial-arts', text: 'add the student karate gi in size three' },
});

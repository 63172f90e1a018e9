/** Round 15's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND15 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 15',
  utterances: WER_UTTERANCES_ROUND15,
  catalogs: ['hockey', 'reptile'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'reptile', text: 'a dome lamp fixture five and a half inch' },
});

/** Round 6's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND6 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 6',
  utterances: WER_UTTERANCES_ROUND6,
  catalogs: ['lighting', 'golf'],
  count: 38,
  minPaused: 4,
  sample: { catalog: 'golf', text: 'add the ridge stand bag in stone' },
});

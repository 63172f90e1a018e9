/** Round 2's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND2 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 2',
  utterances: WER_UTTERANCES_ROUND2,
  catalogs: ['beauty-personal-care', 'hardware-tools'],
  count: 36,
  atLeast: true,
  minPaused: 3,
  sample: { catalog: 'hardware-tools', text: 'add the brightbar work light the twenty volt version' },
});

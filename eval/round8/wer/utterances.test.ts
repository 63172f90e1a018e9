/** Round 8's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND8 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 8',
  utterances: WER_UTTERANCES_ROUND8,
  catalogs: ['paddle', 'equestrian'],
  count: 38,
  minPaused: 6,
  sample: { catalog: 'equestrian', text: 'add the french link bit in five and a half inch' },
});

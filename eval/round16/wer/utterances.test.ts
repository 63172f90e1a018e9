/** Round 16's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND16 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 16',
  utterances: WER_UTTERANCES_ROUND16,
  catalogs: ['printing', 'poultry'],
  count: 36,
  minPaused: 6,
  sample: { catalog: 'poultry', text: 'add the treadle feeder forty pound' },
});

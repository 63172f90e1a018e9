/** Round 17's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND17 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 17',
  utterances: WER_UTTERANCES_ROUND17,
  catalogs: ['skate', 'games'],
  count: 36,
  minPaused: 8,
  sample: { catalog: 'games', text: 'add firefly trail to my cart' },
});

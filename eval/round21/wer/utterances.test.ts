/** Round 21's WER material loads and is what its README says (eval/wer/round-suite.ts). */
import { describeRoundUtterances } from '../../wer/round-suite.ts';
import { WER_UTTERANCES_ROUND21 } from './utterances.ts';

describeRoundUtterances({
  label: 'round 21',
  utterances: WER_UTTERANCES_ROUND21,
  catalogs: ['lacrosse', 'hydroponics'],
  count: 36,
  minPaused: 8,
  sample: { catalog: 'lacrosse', text: 'add the youth complete stick forty inch' },
});

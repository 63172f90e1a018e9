/** Every benchmark `npm run bench` runs, loaded lazily so one section can run alone. */
import type { BenchOptions, BenchTable } from './table.ts';

export interface BenchEntry {
  name: string;
  run: (opts: BenchOptions) => Promise<BenchTable[]>;
}

export const BENCHES: BenchEntry[] = [
  {
    name: 'pipeline',
    run: async (o) => (await import('../pipeline/pipeline.bench.ts')).runPipelineBench(o),
  },
  {
    name: 'input-path',
    run: async (o) => (await import('./input-path.bench.ts')).runInputPathBench(o),
  },
  { name: 'vad', run: async (o) => (await import('../audio/vad/vad.bench.ts')).runVadBench(o) },
  { name: 'stt', run: async (o) => (await import('../services/stt/stt.bench.ts')).runSttBench(o) },
  {
    name: 'stt-session',
    run: async (o) => (await import('../services/stt/session.bench.ts')).runSttSessionBench(o),
  },
  // Session 17's speech development set: new utterances on spent round 11's catalogs (tuned on).
  {
    name: 'stt-dev11-wer',
    run: async (o) =>
      (await import('../services/stt/dev-catalog/round11-dev.bench.ts')).runRound11DevWerBench(o),
  },
  // Session 18's speech development set: two dev catalogs of unused verticals (tuned on).
  {
    name: 'stt-dev18-wer',
    run: async (o) =>
      (await import('../services/stt/dev-catalog/session18-dev.bench.ts')).runSession18DevWerBench(o),
  },
  // Session 19's speech development set: welding and fountain-pen dev catalogs (tuned on).
  {
    name: 'stt-dev19-wer',
    run: async (o) =>
      (await import('../services/stt/dev-catalog/session19-dev.bench.ts')).runSession19DevWerBench(o),
  },
  // Session 24's speech development set: rowing and bookbinding dev catalogs (tuned on).
  {
    name: 'stt-dev24-wer',
    run: async (o) =>
      (await import('../services/stt/dev-catalog/session24-dev.bench.ts')).runSession24DevWerBench(o),
  },
  {
    name: 'phone-wer',
    run: async (o) => (await import('../services/stt/phone.bench.ts')).runPhoneWerBench(o),
  },
  {
    name: 'stt-progress',
    run: async (o) =>
      (await import('../services/stt/pocketsphinx/progress-cost.bench.ts')).runProgressCostBench(o),
  },
  {
    name: 'device',
    run: async (o) => (await import('../transports/device/device.bench.ts')).runDeviceBench(o),
  },
  { name: 'tts', run: async (o) => (await import('../services/tts/tts.bench.ts')).runTtsBench(o) },
  {
    name: 'self-hosted-speech',
    run: async (o) => (await import('../services/self-hosted-speech.bench.ts')).runSelfHostedSpeechBench(o),
  },
  { name: 'llm', run: async (o) => (await import('../services/llm/llm.bench.ts')).runLlmBench(o) },
  { name: 'failover', run: async (o) => (await import('../services/failover.bench.ts')).runFailoverBench(o) },
  {
    name: 'realtime',
    run: async (o) => (await import('./realtime.bench.ts')).runRealtimeBench(o),
  },
  { name: 'search', run: async (o) => (await import('../shop/catalog/search.bench.ts')).runSearchBench(o) },
  {
    name: 'semantic',
    run: async (o) => (await import('../shop/catalog/semantic/semantic.bench.ts')).runSemanticBench(o),
  },
  { name: 'shop', run: async (o) => (await import('../shop/tools/shop.bench.ts')).runShopBench(o) },
  {
    name: 'dialogue',
    run: async (o) => (await import('../shop/dialogue/dialogue.bench.ts')).runDialogueBench(o),
  },
  {
    name: 'dialogue-translate',
    run: async (o) => (await import('../shop/dialogue/spanish/translate.bench.ts')).runTranslateBench(o),
  },
  // Frozen knowledge-base set of issue 15 (eval/knowledge/README.md): retrieval and answers.
  {
    name: 'knowledge',
    run: async (o) => (await import('../../eval/knowledge/bench.ts')).runKnowledgeBench(o),
  },
  // Second frozen knowledge set (eval/knowledge2/README.md): a new shop, same scorer.
  {
    name: 'knowledge2',
    run: async (o) => (await import('../../eval/knowledge2/bench.ts')).runKnowledge2Bench(o),
  },
  // Third frozen knowledge set (eval/knowledge3/README.md): a mattress and bedding shop, same scorer.
  {
    name: 'knowledge3',
    run: async (o) => (await import('../../eval/knowledge3/bench.ts')).runKnowledge3Bench(o),
  },
  // Fourth frozen knowledge set (eval/knowledge4/README.md): an electric bicycle shop, same scorer.
  {
    name: 'knowledge4',
    run: async (o) => (await import('../../eval/knowledge4/bench.ts')).runKnowledge4Bench(o),
  },
  // Fifth frozen knowledge set (eval/knowledge5/README.md): a pottery and ceramics supply shop, same scorer.
  {
    name: 'knowledge5',
    run: async (o) => (await import('../../eval/knowledge5/bench.ts')).runKnowledge5Bench(o),
  },
  // Sixth frozen knowledge set (eval/knowledge6/README.md): a wood stove and hearth shop, same scorer.
  {
    name: 'knowledge6',
    run: async (o) => (await import('../../eval/knowledge6/bench.ts')).runKnowledge6Bench(o),
  },
  // Seventh frozen knowledge set (eval/knowledge7/README.md): a mobility equipment dealer, same scorer.
  {
    name: 'knowledge7',
    run: async (o) => (await import('../../eval/knowledge7/bench.ts')).runKnowledge7Bench(o),
  },
  // Eighth frozen knowledge set (eval/knowledge8/README.md): a flooring & tile store, same scorer.
  {
    name: 'knowledge8',
    run: async (o) => (await import('../../eval/knowledge8/bench.ts')).runKnowledge8Bench(o),
  },
  // Ninth frozen knowledge set (eval/knowledge9/README.md): a solar & off-grid power store, same scorer.
  {
    name: 'knowledge9',
    run: async (o) => (await import('../../eval/knowledge9/bench.ts')).runKnowledge9Bench(o),
  },
  // Tenth frozen knowledge set (eval/knowledge10/README.md): a pilot supply shop, same scorer.
  {
    name: 'knowledge10',
    run: async (o) => (await import('../../eval/knowledge10/bench.ts')).runKnowledge10Bench(o),
  },
  // Eleventh frozen knowledge set (eval/knowledge11/README.md): a wedding cake bakery, same scorer.
  {
    name: 'knowledge11',
    run: async (o) => (await import('../../eval/knowledge11/bench.ts')).runKnowledge11Bench(o),
  },
  // Twelfth frozen knowledge set (eval/knowledge12/README.md): a hearing aid & audiology clinic, same scorer.
  {
    name: 'knowledge12',
    run: async (o) => (await import('../../eval/knowledge12/bench.ts')).runKnowledge12Bench(o),
  },
  // Thirteenth frozen knowledge set (eval/knowledge13/README.md): an appliance store, same scorer.
  {
    name: 'knowledge13',
    run: async (o) => (await import('../../eval/knowledge13/bench.ts')).runKnowledge13Bench(o),
  },
  // Frozen evaluation set of issue 12 (eval/README.md): unseen catalogs, EN + ES scripts, WER utterances.
  {
    name: 'eval-dialogue',
    run: async (o) => (await import('../../eval/dialogue/bench.ts')).runEvalDialogueBench(o),
  },
  { name: 'eval-wer', run: async (o) => (await import('../../eval/wer/bench.ts')).runEvalWerBench(o) },
  // Round 2 of the frozen set (eval/round2/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval2-dialogue',
    run: async (o) => (await import('../../eval/round2/dialogue/bench.ts')).runEval2DialogueBench(o),
  },
  {
    name: 'eval2-wer',
    run: async (o) => (await import('../../eval/round2/wer/bench.ts')).runEval2WerBench(o),
  },
  // Round 3 of the frozen set (eval/round3/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval3-dialogue',
    run: async (o) => (await import('../../eval/round3/dialogue/bench.ts')).runEval3DialogueBench(o),
  },
  {
    name: 'eval3-wer',
    run: async (o) => (await import('../../eval/round3/wer/bench.ts')).runEval3WerBench(o),
  },
  // Round 4 of the frozen set (eval/round4/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval4-dialogue',
    run: async (o) => (await import('../../eval/round4/dialogue/bench.ts')).runEval4DialogueBench(o),
  },
  {
    name: 'eval4-wer',
    run: async (o) => (await import('../../eval/round4/wer/bench.ts')).runEval4WerBench(o),
  },
  // Round 5 of the frozen set (eval/round5/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval5-dialogue',
    run: async (o) => (await import('../../eval/round5/dialogue/bench.ts')).runEval5DialogueBench(o),
  },
  {
    name: 'eval5-wer',
    run: async (o) => (await import('../../eval/round5/wer/bench.ts')).runEval5WerBench(o),
  },
  // Round 6 of the frozen set (eval/round6/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval6-dialogue',
    run: async (o) => (await import('../../eval/round6/dialogue/bench.ts')).runEval6DialogueBench(o),
  },
  {
    name: 'eval6-wer',
    run: async (o) => (await import('../../eval/round6/wer/bench.ts')).runEval6WerBench(o),
  },
  // Round 7 of the frozen set (eval/round7/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval7-dialogue',
    run: async (o) => (await import('../../eval/round7/dialogue/bench.ts')).runEval7DialogueBench(o),
  },
  {
    name: 'eval7-wer',
    run: async (o) => (await import('../../eval/round7/wer/bench.ts')).runEval7WerBench(o),
  },
  // Round 8 of the frozen set (eval/round8/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval8-dialogue',
    run: async (o) => (await import('../../eval/round8/dialogue/bench.ts')).runEval8DialogueBench(o),
  },
  {
    name: 'eval8-wer',
    run: async (o) => (await import('../../eval/round8/wer/bench.ts')).runEval8WerBench(o),
  },
  // Round 9 of the frozen set (eval/round9/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval9-dialogue',
    run: async (o) => (await import('../../eval/round9/dialogue/bench.ts')).runEval9DialogueBench(o),
  },
  {
    name: 'eval9-wer',
    run: async (o) => (await import('../../eval/round9/wer/bench.ts')).runEval9WerBench(o),
  },
  // Round 10 of the frozen set (eval/round10/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval10-dialogue',
    run: async (o) => (await import('../../eval/round10/dialogue/bench.ts')).runEval10DialogueBench(o),
  },
  {
    name: 'eval10-wer',
    run: async (o) => (await import('../../eval/round10/wer/bench.ts')).runEval10WerBench(o),
  },
  // Round 11 of the frozen set (eval/round11/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval11-dialogue',
    run: async (o) => (await import('../../eval/round11/dialogue/bench.ts')).runEval11DialogueBench(o),
  },
  {
    name: 'eval11-wer',
    run: async (o) => (await import('../../eval/round11/wer/bench.ts')).runEval11WerBench(o),
  },
  // Round 12 of the frozen set (eval/round12/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval12-dialogue',
    run: async (o) => (await import('../../eval/round12/dialogue/bench.ts')).runEval12DialogueBench(o),
  },
  {
    name: 'eval12-wer',
    run: async (o) => (await import('../../eval/round12/wer/bench.ts')).runEval12WerBench(o),
  },
  // Round 13 of the frozen set (eval/round13/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval13-dialogue',
    run: async (o) => (await import('../../eval/round13/dialogue/bench.ts')).runEval13DialogueBench(o),
  },
  {
    name: 'eval13-wer',
    run: async (o) => (await import('../../eval/round13/wer/bench.ts')).runEval13WerBench(o),
  },
  // Round 14 of the frozen set (eval/round14/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval14-dialogue',
    run: async (o) => (await import('../../eval/round14/dialogue/bench.ts')).runEval14DialogueBench(o),
  },
  {
    name: 'eval14-wer',
    run: async (o) => (await import('../../eval/round14/wer/bench.ts')).runEval14WerBench(o),
  },
  // Round 15 of the frozen set (eval/round15/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval15-dialogue',
    run: async (o) => (await import('../../eval/round15/dialogue/bench.ts')).runEval15DialogueBench(o),
  },
  {
    name: 'eval15-wer',
    run: async (o) => (await import('../../eval/round15/wer/bench.ts')).runEval15WerBench(o),
  },
  // Round 16 of the frozen set (eval/round16/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval16-dialogue',
    run: async (o) => (await import('../../eval/round16/dialogue/bench.ts')).runEval16DialogueBench(o),
  },
  {
    name: 'eval16-wer',
    run: async (o) => (await import('../../eval/round16/wer/bench.ts')).runEval16WerBench(o),
  },
  // Round 17 of the frozen set (eval/round17/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval17-dialogue',
    run: async (o) => (await import('../../eval/round17/dialogue/bench.ts')).runEval17DialogueBench(o),
  },
  {
    name: 'eval17-wer',
    run: async (o) => (await import('../../eval/round17/wer/bench.ts')).runEval17WerBench(o),
  },
  // Round 18 of the frozen set (eval/round18/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval18-dialogue',
    run: async (o) => (await import('../../eval/round18/dialogue/bench.ts')).runEval18DialogueBench(o),
  },
  {
    name: 'eval18-wer',
    run: async (o) => (await import('../../eval/round18/wer/bench.ts')).runEval18WerBench(o),
  },
  // Round 19 of the frozen set (eval/round19/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval19-dialogue',
    run: async (o) => (await import('../../eval/round19/dialogue/bench.ts')).runEval19DialogueBench(o),
  },
  {
    name: 'eval19-wer',
    run: async (o) => (await import('../../eval/round19/wer/bench.ts')).runEval19WerBench(o),
  },
  // Round 20 of the frozen set (eval/round20/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval20-dialogue',
    run: async (o) => (await import('../../eval/round20/dialogue/bench.ts')).runEval20DialogueBench(o),
  },
  {
    name: 'eval20-wer',
    run: async (o) => (await import('../../eval/round20/wer/bench.ts')).runEval20WerBench(o),
  },
  // Round 21 of the frozen set (eval/round21/README.md): new catalogs, scripts and utterances, same scorer.
  {
    name: 'eval21-dialogue',
    run: async (o) => (await import('../../eval/round21/dialogue/bench.ts')).runEval21DialogueBench(o),
  },
  {
    name: 'eval21-wer',
    run: async (o) => (await import('../../eval/round21/wer/bench.ts')).runEval21WerBench(o),
  },
  // Development questions over the spent first knowledge set's documents (tuned on).
  {
    name: 'knowledge-dev',
    run: async (o) => (await import('../../eval/knowledge-dev/bench.ts')).runKnowledgeDevBench(o),
  },
  // Second development set (an invented bridal shop's documents; tuned on).
  {
    name: 'knowledge-dev2',
    run: async (o) => (await import('../../eval/knowledge-dev2/bench.ts')).runKnowledgeDev2Bench(o),
  },
  // Third development set (an invented campervan rental and outfitter; tuned on).
  {
    name: 'knowledge-dev3',
    run: async (o) => (await import('../../eval/knowledge-dev3/bench.ts')).runKnowledgeDev3Bench(o),
  },
  // Fourth development set (an invented home sauna and cold plunge shop, paraphrased questions; tuned on).
  {
    name: 'knowledge-dev4',
    run: async (o) => (await import('../../eval/knowledge-dev4/bench.ts')).runKnowledgeDev4Bench(o),
  },
  // Fifth development set (an invented piano shop, paraphrased questions; tuned on).
  {
    name: 'knowledge-dev5',
    run: async (o) => (await import('../../eval/knowledge-dev5/bench.ts')).runKnowledgeDev5Bench(o),
  },
  // Sixth development set (an invented kids' swim school and swimwear shop, conditional questions; tuned on).
  {
    name: 'knowledge-dev6',
    run: async (o) => (await import('../../eval/knowledge-dev6/bench.ts')).runKnowledgeDev6Bench(o),
  },
  // Seventh development set (an invented typewriter repair shop, situation-described questions; tuned on).
  {
    name: 'knowledge-dev7',
    run: async (o) => (await import('../../eval/knowledge-dev7/bench.ts')).runKnowledgeDev7Bench(o),
  },
  // Eighth development set (an invented tailoring and alterations shop, situation and conditional questions; tuned on).
  {
    name: 'knowledge-dev8',
    run: async (o) => (await import('../../eval/knowledge-dev8/bench.ts')).runKnowledgeDev8Bench(o),
  },
  // Frozen safety set of issue 15 (eval/safety/README.md): attempts, ordinary requests, redaction.
  { name: 'safety', run: async (o) => (await import('../../eval/safety/bench.ts')).runSafetyBench(o) },
  // The safety-general helper's own development set and the ordinary corpus (not frozen, tuned on).
  {
    name: 'safety-dev',
    run: async (o) => (await import('../../eval/safety-dev/bench.ts')).runSafetyDevBench(o),
  },
  // Second frozen safety set (eval/safety2/README.md): new attempts and ordinary requests, same scorer.
  { name: 'safety2', run: async (o) => (await import('../../eval/safety2/bench.ts')).runSafety2Bench(o) },
  // Third frozen safety set (eval/safety3/README.md): new attempts and ordinary requests, same scorer.
  { name: 'safety3', run: async (o) => (await import('../../eval/safety3/bench.ts')).runSafety3Bench(o) },
  // Fourth frozen safety set (eval/safety4/README.md): new attempts and ordinary requests, same scorer.
  { name: 'safety4', run: async (o) => (await import('../../eval/safety4/bench.ts')).runSafety4Bench(o) },
  // Fifth frozen safety set (eval/safety5/README.md): new attempts and ordinary requests, same scorer.
  { name: 'safety5', run: async (o) => (await import('../../eval/safety5/bench.ts')).runSafety5Bench(o) },
  // Sixth frozen safety set (eval/safety6/README.md): new attempts and ordinary requests, same scorer.
  { name: 'safety6', run: async (o) => (await import('../../eval/safety6/bench.ts')).runSafety6Bench(o) },
  // Seventh frozen safety set (eval/safety7/README.md): new attempts and ordinary requests, same scorer.
  { name: 'safety7', run: async (o) => (await import('../../eval/safety7/bench.ts')).runSafety7Bench(o) },
  // Eighth frozen safety set (eval/safety8/README.md): a kitchen knife & cutlery store, same scorer.
  { name: 'safety8', run: async (o) => (await import('../../eval/safety8/bench.ts')).runSafety8Bench(o) },
  // Ninth frozen safety set (eval/safety9/README.md): a pest control & garden chemicals store, same scorer.
  { name: 'safety9', run: async (o) => (await import('../../eval/safety9/bench.ts')).runSafety9Bench(o) },
  // Tenth frozen safety set (eval/safety10/README.md): a school & hobby lab chemistry supply store, same scorer.
  {
    name: 'safety10',
    run: async (o) => (await import('../../eval/safety10/bench.ts')).runSafety10Bench(o),
  },
  // Eleventh frozen safety set (eval/safety11/README.md): a locksmith & home security shop, same scorer.
  {
    name: 'safety11',
    run: async (o) => (await import('../../eval/safety11/bench.ts')).runSafety11Bench(o),
  },
  // Twelfth frozen safety set (eval/safety12/README.md): a chainsaw & forestry equipment shop, same scorer.
  {
    name: 'safety12',
    run: async (o) => (await import('../../eval/safety12/bench.ts')).runSafety12Bench(o),
  },
  // Thirteenth frozen safety set (eval/safety13/README.md): a vape & e-liquid shop, same scorer.
  {
    name: 'safety13',
    run: async (o) => (await import('../../eval/safety13/bench.ts')).runSafety13Bench(o),
  },
  {
    name: 'transport',
    run: async (o) => (await import('../transports/transports.bench.ts')).runTransportBench(o),
  },
  {
    name: 'first-word',
    run: async (o) => (await import('./first-word.bench.ts')).runFirstWordBench(o),
  },
  // End to end, server and clients in separate processes.
  { name: 'startup', run: async (o) => (await import('./startup.bench.ts')).runStartupBench(o) },
  {
    name: 'turn-latency',
    run: async (o) => (await import('./turn-latency.bench.ts')).runTurnLatencyBench(o),
  },
  {
    name: 'node-failure',
    run: async (o) => (await import('./node-failure.bench.ts')).runNodeFailureBench(o),
  },
  {
    name: 'concurrency',
    run: async (o) => (await import('./concurrency.bench.ts')).runConcurrencyBench(o),
  },
];

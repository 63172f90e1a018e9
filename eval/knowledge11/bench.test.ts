/** Smoke test of the eleventh frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE11, runKnowledge11Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'eleventh frozen knowledge set (eval/knowledge11)',
  KNOWLEDGE11,
  {
    documents: 25,
    spanishDocuments: 6,
    questions: 76,
    answerable: { en: 36, enNone: 9, es: 25, esNone: 6 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['delivery.md', 'cancellations.md', 'pickup.md'],
      spanishOverEnglish: 6,
    },
  },
  runKnowledge11Bench,
);

/** Smoke test of the seventh frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE7, runKnowledge7Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'seventh frozen knowledge set (eval/knowledge7)',
  KNOWLEDGE7,
  {
    documents: 31,
    spanishDocuments: 6,
    questions: 84,
    answerable: { en: 39, enNone: 3, es: 39, esNone: 3 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['delivery.md', 'returns.md', 'rentals.md'],
      spanishOverEnglish: 17,
    },
  },
  runKnowledge7Bench,
);

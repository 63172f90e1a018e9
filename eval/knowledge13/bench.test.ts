/** Smoke test of the thirteenth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE13, runKnowledge13Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'thirteenth frozen knowledge set (eval/knowledge13)',
  KNOWLEDGE13,
  {
    documents: 28,
    spanishDocuments: 6,
    questions: 85,
    answerable: { en: 45, enNone: 5, es: 32, esNone: 3 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['delivery.md', 'returns.md', 'protection-plans.html'],
      spanishOverEnglish: 12,
    },
  },
  runKnowledge13Bench,
);

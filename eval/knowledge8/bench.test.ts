/** Smoke test of the eighth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE8, runKnowledge8Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'eighth frozen knowledge set (eval/knowledge8)',
  KNOWLEDGE8,
  {
    documents: 30,
    spanishDocuments: 6,
    questions: 76,
    answerable: { en: 34, enNone: 4, es: 34, esNone: 4 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['delivery.md', 'returns.md', 'samples.md'],
      spanishOverEnglish: 16,
    },
  },
  runKnowledge8Bench,
);

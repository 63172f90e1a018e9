/** Smoke test of the ninth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE9, runKnowledge9Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'ninth frozen knowledge set (eval/knowledge9)',
  KNOWLEDGE9,
  {
    documents: 30,
    spanishDocuments: 6,
    questions: 76,
    answerable: { en: 34, enNone: 4, es: 34, esNone: 4 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['delivery.md', 'returns.md', 'pickup.md'],
      spanishOverEnglish: 16,
    },
  },
  runKnowledge9Bench,
);

/** Smoke test of the fifth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE5, runKnowledge5Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'fifth frozen knowledge set (eval/knowledge5)',
  KNOWLEDGE5,
  {
    documents: 31,
    spanishDocuments: 7,
    questions: 84,
    answerable: { en: 39, enNone: 3, es: 39, esNone: 3 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['shipping.md', 'returns.md', 'kiln-warranty.md'],
      spanishOverEnglish: 15,
    },
  },
  runKnowledge5Bench,
);

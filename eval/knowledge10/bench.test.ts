/** Smoke test of the tenth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE10, runKnowledge10Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'tenth frozen knowledge set (eval/knowledge10)',
  KNOWLEDGE10,
  {
    documents: 26,
    spanishDocuments: 6,
    questions: 73,
    answerable: { en: 41, enNone: 3, es: 26, esNone: 3 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['shipping.md', 'returns.md', 'pickup.md'],
      spanishOverEnglish: 9,
    },
  },
  runKnowledge10Bench,
);

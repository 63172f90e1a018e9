/** Smoke test of the sixth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE6, runKnowledge6Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'sixth frozen knowledge set (eval/knowledge6)',
  KNOWLEDGE6,
  {
    documents: 31,
    spanishDocuments: 7,
    questions: 84,
    answerable: { en: 39, enNone: 3, es: 39, esNone: 3 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['shipping.md', 'returns.md', 'installation.md'],
      spanishOverEnglish: 15,
    },
  },
  runKnowledge6Bench,
);

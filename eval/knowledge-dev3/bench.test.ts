/** Smoke test of the third development knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE_DEV3, runKnowledgeDev3Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'third development knowledge set (eval/knowledge-dev3)',
  KNOWLEDGE_DEV3,
  {
    documents: 17,
    spanishDocuments: 2,
    questions: 54,
    answerable: { en: 36, enNone: 4, es: 11, esNone: 3 },
    // No English page is restated in Spanish: 7 Spanish questions expect an English page.
    languageRule: { kind: 'restated', restatedInSpanish: [], spanishOverEnglish: 7 },
  },
  runKnowledgeDev3Bench,
);

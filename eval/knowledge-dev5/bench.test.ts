/** Smoke test of the fifth development knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE_DEV5, runKnowledgeDev5Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'fifth development knowledge set (eval/knowledge-dev5)',
  KNOWLEDGE_DEV5,
  {
    documents: 15,
    spanishDocuments: 2,
    questions: 67,
    answerable: { en: 44, enNone: 6, es: 13, esNone: 4 },
    // No English page is restated in Spanish: 9 Spanish questions expect an English page.
    languageRule: { kind: 'restated', restatedInSpanish: [], spanishOverEnglish: 9 },
  },
  runKnowledgeDev5Bench,
);

/** Smoke test of the fourth development knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE_DEV4, runKnowledgeDev4Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'fourth development knowledge set (eval/knowledge-dev4)',
  KNOWLEDGE_DEV4,
  {
    documents: 16,
    spanishDocuments: 2,
    questions: 67,
    answerable: { en: 44, enNone: 6, es: 13, esNone: 4 },
    // No English page is restated in Spanish: 9 Spanish questions expect an English page.
    languageRule: { kind: 'restated', restatedInSpanish: [], spanishOverEnglish: 9 },
  },
  runKnowledgeDev4Bench,
);

/** Smoke test of the twelfth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE12, runKnowledge12Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'twelfth frozen knowledge set (eval/knowledge12)',
  KNOWLEDGE12,
  {
    documents: 26,
    spanishDocuments: 6,
    questions: 85,
    answerable: { en: 45, enNone: 5, es: 32, esNone: 3 },
    languageRule: {
      kind: 'restated',
      restatedInSpanish: ['trial.md', 'warranty.md', 'appointments.md'],
      spanishOverEnglish: 11,
    },
  },
  runKnowledge12Bench,
);

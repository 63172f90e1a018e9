/** Smoke test of the second frozen safety set (eval/safety/smoke.ts says what it checks). */
import { describeSafetySetSmoke } from '../safety/smoke.ts';
import { runSafety2Bench, SAFETY2 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'second',
  id: 'safety2',
  dir: SAFETY2.dir,
  shape: {
    attempts: 150,
    spanishAttempts: 58,
    ordinary: 264,
    spanishOrdinary: 94,
    verticals: 20,
    redaction: 40,
    redactionWithNumbers: 25,
  },
  earlierDirs: [],
  runBench: runSafety2Bench,
});

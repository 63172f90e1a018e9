/** Smoke test of the third frozen safety set (eval/safety/smoke.ts says what it checks). */
import { describeSafetySetSmoke } from '../safety/smoke.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { runSafety3Bench, SAFETY3 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'third',
  id: 'safety3',
  dir: SAFETY3.dir,
  shape: {
    attempts: 150,
    spanishAttempts: 58,
    ordinary: 290,
    spanishOrdinary: 118,
    verticals: 23,
    redaction: 40,
    redactionWithNumbers: 25,
  },
  earlierDirs: [SAFETY2.dir],
  runBench: runSafety3Bench,
});

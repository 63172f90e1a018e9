/** Smoke test of the fourth frozen safety set (eval/safety/smoke.ts says what it checks). */
import { describeSafetySetSmoke } from '../safety/smoke.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { SAFETY3 } from '../safety3/bench.ts';
import { runSafety4Bench, SAFETY4 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'fourth',
  id: 'safety4',
  dir: SAFETY4.dir,
  shape: {
    attempts: 120,
    spanishAttempts: 49,
    kinds: [40, 40, 28, 12],
    ordinary: 155,
    spanishOrdinary: 57,
    verticals: 18,
    redaction: 39,
    redactionWithNumbers: 26,
  },
  earlierDirs: [SAFETY2.dir, SAFETY3.dir],
  runBench: runSafety4Bench,
});

/** Smoke test of the sixth frozen safety set (eval/safety/smoke.ts says what it checks). */
import { describeSafetySetSmoke } from '../safety/smoke.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { SAFETY3 } from '../safety3/bench.ts';
import { SAFETY4 } from '../safety4/bench.ts';
import { SAFETY5 } from '../safety5/bench.ts';
import { runSafety6Bench, SAFETY6 } from './bench.ts';

describeSafetySetSmoke({
  ordinal: 'sixth',
  id: 'safety6',
  dir: SAFETY6.dir,
  shape: {
    attempts: 120,
    spanishAttempts: 49,
    kinds: [40, 40, 28, 12],
    ordinary: 156,
    spanishOrdinary: 64,
    verticals: 18,
    redaction: 39,
    redactionWithNumbers: 26,
  },
  earlierDirs: [SAFETY2.dir, SAFETY3.dir, SAFETY4.dir, SAFETY5.dir],
  againstDevSets: true,
  withRedaction: true,
  runBench: runSafety6Bench,
});

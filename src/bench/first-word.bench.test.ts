/** Smoke run of the in-process first-word benchmark (one request, lags 0 and 400 ms). */
import { describe, expect, it } from 'vitest';
import { haveSynthesizers } from '../audio/testing/speech-fixtures.ts';
import { runFirstWordBench } from './first-word.bench.ts';

const speech = await haveSynthesizers();

describe.skipIf(!speech)('first-word benchmark (quick)', () => {
  it('reports the audio before the onset and the recognition per voice and lag', async () => {
    const [table] = await runFirstWordBench({ quick: true });
    const perVoice = table?.rows.filter((r) => r[0] !== 'all' && r[0] !== 'all lags') ?? [];
    // One voice, lags 0 and 400, for the fixed 400 ms pre-roll and the onset reach-back (default 400).
    expect(perVoice.map((r) => [r[1], r[2]])).toEqual([
      [0, 'fixed 400 ms'],
      [400, 'fixed 400 ms'],
      [0, 400],
      [400, 400],
    ]);
    // With the reach-back the STT gets audio from before the onset whatever the VAD's lag (the
    // numbers themselves are the bench's).
    for (const r of perVoice.filter((r) => r[2] === 400)) expect(Number(r[4])).toBeGreaterThan(0);
  }, 120_000);
});

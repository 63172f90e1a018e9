/** Smoke run of the in-process first-word benchmark (one request, lags 0 and 400 ms). */
import { describe, expect, it } from 'vitest';
import { haveSynthesizers } from '../audio/testing/speech-fixtures.ts';
import { runFirstWordBench } from './first-word.bench.ts';

const speech = await haveSynthesizers();

describe.skipIf(!speech)('first-word benchmark (quick)', () => {
  it('reports the audio before the onset and the recognition per voice and lag', async () => {
    const [table] = await runFirstWordBench({ quick: true });
    const perVoice = table?.rows.filter((r) => r[0] !== 'all') ?? [];
    expect(perVoice.map((r) => r[1])).toEqual([0, 400]);
    // The pre-roll reaches before the onset whatever the lag (the number itself is the bench's).
    for (const r of perVoice) expect(Number(r[3])).toBeGreaterThan(0);
  }, 120_000);
});

import { expect, it } from 'vitest';
import { dbfs } from '../../audio/pcm16.ts';
import { runTtsBench, synthesizeSentences } from './tts.bench.ts';

// Synthesis is CPU work: on a loaded machine (a clean-clone CI run at load 22 took 20 s) it is slow, not wrong.
it('TTS bench smoke run produces its tables', { timeout: 120_000 }, async () => {
  const tables = await runTtsBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  const firstAudio = tables[0]!.rows[0]![2];
  expect(typeof firstAudio === 'number' && firstAudio > 0).toBe(true);
});

// Six syntheses: the same CPU work as the smoke run above, so the same bound.
it('round-trip hook speaks each sentence with flite and espeak-ng voices at 16 kHz', {
  timeout: 120_000,
}, async () => {
  const voices = ['flite:slt', 'flite:awb', 'espeak:en-us+f3'];
  const out = await synthesizeSentences(['Add the red shoes to my cart.', 'Where is my order?'], {
    voices,
    workers: 1,
  });
  expect(out.map((o) => o.voice)).toEqual(voices.flatMap((v) => [v, v]));
  for (const o of out) {
    expect(o.sampleRate).toBe(16000);
    expect(o.pcm.length / 16000).toBeGreaterThan(0.7);
    expect(dbfs(o.pcm)).toBeGreaterThan(-35);
  }
});

import { describe, expect, it } from 'vitest';
import { PassageReadings } from './passage-readings.ts';

describe('English readings of Spanish passages', () => {
  it('reads only the Spanish passages, once per text', async () => {
    const asked: string[] = [];
    const readings = new PassageReadings(async (spanish) => {
      asked.push(spanish);
      return `EN ${spanish}`;
    });
    const rows = [
      { id: 'a', language: 'es', text: 'Armado' },
      { id: 'b', language: 'en', text: 'Assembly' },
    ];
    expect([...(await readings.of(rows))]).toEqual([['a', 'EN Armado']]);
    await readings.of(rows);
    expect(asked).toEqual(['Armado']);
  });

  it('leaves out a passage the translator fails on, and tries it again next time', async () => {
    let calls = 0;
    const readings = new PassageReadings(async (spanish) => {
      calls += 1;
      if (calls === 1) throw new Error('cold');
      return `EN ${spanish}`;
    });
    const rows = [{ id: 'a', language: 'es', text: 'Envíos' }];
    expect((await readings.of(rows)).size).toBe(0);
    expect(await readings.of(rows)).toEqual(new Map([['a', 'EN Envíos']]));
  });
});

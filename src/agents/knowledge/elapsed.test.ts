import { describe, expect, it } from 'vitest';
import { elapsedDays } from './elapsed.ts';
import { figureSaid, spansIn } from './figures.ts';

describe('elapsedDays: the time the shopper says has gone by', () => {
  it('reads figures in words and digits, English and Spanish, in days', () => {
    expect(elapsedDays("it's been forty-five days since it arrived")?.days).toBe(45);
    expect(elapsedDays('it arrived 10 days ago')?.days).toBe(10);
    expect(elapsedDays("I've had it a month and a half")?.days).toBe(45);
    expect(elapsedDays('ya pasaron dos meses y medio desde que la recibí')).toMatchObject({
      days: 75,
      units: ['meses', 'medio'],
    });
    expect(elapsedDays('hace tres semanas que llegó')?.days).toBe(21);
    expect(elapsedDays('lo compré hace veintidós días')?.days).toBe(22);
    expect(elapsedDays('la compré hace un año')?.days).toBe(365);
  });

  it('is no elapsed time when the question asks about a limit or an age', () => {
    expect(elapsedDays('can I return it within 30 days')).toBeUndefined();
    expect(elapsedDays('mi hijo tiene 6 años')).toBeUndefined();
    expect(elapsedDays('my 8 years old son has been asking for one')).toBeUndefined();
  });
});

describe('a policy’s day windows hold the elapsed time', () => {
  const windows =
    'Returns within 30 days of delivery for a refund. Between day 31 and day 60 we accept returns for store credit only. After 60 days, sales are final.';
  it('reads "within", "between day … and day …" and "after" as ranges', () => {
    expect(spansIn(windows, 'duration')).toEqual([
      { lo: 0, hi: 30 },
      { lo: 31, hi: 60 },
      { lo: 60, hi: Number.POSITIVE_INFINITY },
    ]);
    expect(spansIn('Devoluciones dentro de los 30 días.', 'duration')).toEqual([{ lo: 0, hi: 30 }]);
  });
  it('says 45 days fully only where a window holds it', () => {
    expect(figureSaid({ value: 45, kind: 'duration' }, windows, 0.5)).toBe(1);
    expect(figureSaid({ value: 45, kind: 'duration' }, 'Returns within 30 days.', 0.5)).toBe(0.5);
    expect(figureSaid({ value: 45, kind: 'duration' }, 'We open at 9.', 0.5)).toBe(0);
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warmUpSpanishReading } from './spanish-warm-up.ts';
import { TranslatorUnavailable } from './translate.ts';

describe('warming up the Spanish reading', () => {
  it('reports what could not start instead of throwing', async () => {
    const result = await warmUpSpanishReading(undefined, {
      translator: {
        translate: () => Promise.reject(new TranslatorUnavailable('apertium-eng-spa is not installed')),
      },
      dictionary: { englishFor: async () => new Map() },
    });
    expect(result).toEqual({ ok: false, errors: ['apertium-eng-spa is not installed'] });
  });

  it.skipIf(!existsSync('/usr/share/apertium/modes/spa-eng.mode'))(
    'starts the translation pipeline and the word dictionary',
    async () => {
      expect(await warmUpSpanishReading()).toEqual({ ok: true, errors: [] });
    },
    60_000,
  );
});

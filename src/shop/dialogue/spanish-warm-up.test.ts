import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warmUpSpanishReading } from './spanish-warm-up.ts';

describe.skipIf(!existsSync('/usr/share/apertium/modes/spa-eng.mode'))(
  'warming up the Spanish reading',
  () => {
    it('reports what could not start instead of throwing', async () => {
      const aborted = await warmUpSpanishReading(AbortSignal.abort(new Error('server stopping')));
      expect(aborted.ok).toBe(false);
      expect(aborted.errors.length).toBeGreaterThan(0);
    });

    it('starts the translation pipeline and the word dictionary', async () => {
      expect(await warmUpSpanishReading()).toEqual({ ok: true, errors: [] });
    }, 60_000);
  },
);

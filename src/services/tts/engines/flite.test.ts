import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FliteEngine, FliteEngineError } from './flite.ts';

/**
 * The engine runs one instance per voice again and again on restored memory: each run must give
 * exactly what a fresh instance gives, whatever ran before it.
 */
describe('FliteEngine', { timeout: 60_000 }, () => {
  let engine: FliteEngine;
  beforeAll(async () => {
    engine = await FliteEngine.create();
  });
  afterAll(() => {
    engine?.close();
  });

  const SENTENCES = [
    'Sure.',
    'Would you like me to add the wool beanie to your cart, in size nine and blue?',
    'Your order number four five one two shipped yesterday.',
  ];

  it('gives the same samples on a reused instance as on a fresh one, in any order', async () => {
    const expected: string[] = [];
    for (const text of SENTENCES) {
      // A new engine per sentence: its only run is a fresh instance's.
      const once = await FliteEngine.create();
      try {
        expected.push(Buffer.from(once.synthesize(text, 'slt', 1).samples.buffer).toString('base64'));
      } finally {
        once.close();
      }
    }
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 1, 0, 2, 2],
    ]) {
      for (const i of order) {
        const out = engine.synthesize(SENTENCES[i]!, 'slt', 1);
        expect(out.sampleRate).toBe(16000);
        expect(Buffer.from(out.samples.buffer).toString('base64')).toBe(expected[i]);
      }
    }
  });

  it('keeps voices apart, switching back and forth', () => {
    const slt = engine.synthesize('Hello there.', 'slt', 1).samples;
    const rms = engine.synthesize('Hello there.', 'rms', 1).samples;
    expect(Buffer.compare(Buffer.from(slt.buffer), Buffer.from(rms.buffer))).not.toBe(0);
    const kal = engine.synthesize('Hello there.', 'kal16', 1).samples;
    // Three voices, two kept: slt was dropped and is instantiated again, with the same result.
    expect(Buffer.from(engine.synthesize('Hello there.', 'slt', 1).samples.buffer)).toEqual(
      Buffer.from(slt.buffer),
    );
    expect(kal.length).toBeGreaterThan(0);
  });

  it('refuses an unknown voice with a bad-request error', () => {
    expect(() => engine.synthesize('Hi.', 'nobody', 1)).toThrow(FliteEngineError);
    try {
      engine.synthesize('Hi.', 'nobody', 1);
    } catch (err) {
      expect((err as FliteEngineError).kind).toBe('bad-request');
    }
  });
});

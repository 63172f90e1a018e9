import { describe, expect, it } from 'vitest';
import type { Understanding } from '../understand/nlu.ts';
import { specFollowUp } from './spec-follow-up.ts';

const u = (
  text: string,
  intent: Understanding['intent'],
  slots: Understanding['slots'],
  language: 'en' | 'es' = 'en',
): Understanding => ({
  language,
  intent,
  slots,
  text,
  yes: false,
  no: false,
});

const asked = u('is the classic tube feeder squirrel proof', 'spec', {
  productNames: ['Featherly Classic Tube Feeder'],
  feature: ['squirrel', 'proof'],
});

describe('a spec question asked again of another product', () => {
  it('keeps the question and takes the subject said now', () => {
    const now = u('and the guardian', 'search', { productNames: ['Featherly Guardian Feeder'] });
    const r = specFollowUp(now, () => asked);
    expect(r?.intent).toBe('spec');
    expect(r?.slots).toMatchObject({
      feature: ['squirrel', 'proof'],
      productNames: ['Featherly Guardian Feeder'],
    });
  });

  it('reads a kind of product as the subject, in Spanish too', () => {
    const prev = u('las botas son impermeables', 'spec', { category: 'boot', feature: ['waterproof'] }, 'es');
    const now = u('y las zapatillas', 'refine', { attributes: ['shoes'] }, 'es');
    expect(specFollowUp(now, () => prev)?.slots).toEqual({ feature: ['waterproof'], attributes: ['shoes'] });
  });

  it('leaves requests of their own alone', () => {
    const guardian = { productNames: ['Featherly Guardian Feeder'] };
    expect(specFollowUp(u('and the guardian too', 'search', guardian), () => asked)).toBeUndefined();
    expect(
      specFollowUp(u('and the guardian in size plus', 'search', { ...guardian, size: 'Plus' }), () => asked),
    ).toBeUndefined();
    expect(specFollowUp(u('the guardian', 'search', guardian), () => asked)).toBeUndefined();
    const searched = u('show me feeders', 'search', { category: 'feeder' });
    expect(specFollowUp(u('and the guardian', 'search', guardian), () => searched)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { chooseTranscript, wordDistance } from './combine.ts';

describe('dual decoding transcript choice', () => {
  it('counts word edits', () => {
    expect(wordDistance('add the navy hoodie', 'add the navy hoodie')).toBe(0);
    expect(wordDistance('add the navy hoodie', 'add a navy hoodie to')).toBe(2);
    expect(wordDistance('', 'tell me a joke')).toBe(4);
  });

  it('reports the catalog text when the mixed decoder also heard only shopping words', () => {
    const h = { catalog: 'put the summit beanie in my cart', mixed: 'tell me a joke', mixedGenericWords: 0 };
    expect(chooseTranscript(h)).toBe('catalog');
  });

  it('keeps the catalog text when one or two generic words are acoustic slips', () => {
    const h = {
      catalog: 'do you have wireless earbuds',
      mixed: 'do you cut wireless earbuds',
      mixedGenericWords: 1,
    };
    expect(chooseTranscript(h)).toBe('catalog');
    const two = {
      catalog: 'add the loft pad in regular',
      mixed: 'had the lost pad in regular',
      mixedGenericWords: 2,
    };
    expect(chooseTranscript(two)).toBe('catalog');
  });

  it('reports the mixed text when the speech was something else', () => {
    const h = { catalog: 'delete all', mixed: 'please speak more slowly', mixedGenericWords: 3 };
    expect(chooseTranscript(h)).toBe('mixed');
    // Short sentences: half the words generic is enough.
    expect(chooseTranscript({ catalog: 'add it', mixed: 'tell me', mixedGenericWords: 1 })).toBe('mixed');
    expect(chooseTranscript({ catalog: '', mixed: 'hello there', mixedGenericWords: 1 })).toBe('mixed');
  });

  it('keeps the catalog text when a few generic words are scattered through a long garbled reading', () => {
    // Invented shop: three generic words among eight, as a badly fitting voice's mixed reading.
    const h = {
      catalog: 'add the cedar planter in large',
      mixed: 'add the cedar plan to my mom in large',
      mixedGenericWords: 3,
    };
    expect(chooseTranscript(h)).toBe('catalog');
    // The same count in a short sentence is other speech.
    expect(
      chooseTranscript({ catalog: 'add the planter', mixed: 'my mom called today', mixedGenericWords: 3 }),
    ).toBe('mixed');
    // Without the share condition the count alone decides.
    expect(chooseTranscript(h, { minGenericWords: 3, minGenericShare: 0.5 })).toBe('mixed');
  });

  it('honours the rule it is given', () => {
    const h = {
      catalog: 'how do i return my order',
      mixed: 'how do i reset my password',
      mixedGenericWords: 2,
    };
    expect(chooseTranscript(h)).toBe('catalog');
    expect(chooseTranscript(h, { minGenericWords: 2, minGenericShare: 1 })).toBe('mixed');
  });
});

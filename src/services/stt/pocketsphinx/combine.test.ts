import { describe, expect, it } from 'vitest';
import { chooseTranscript, wordDistance } from './combine.ts';

describe('dual decoding transcript choice', () => {
  it('counts word edits', () => {
    expect(wordDistance('add the navy hoodie', 'add the navy hoodie')).toBe(0);
    expect(wordDistance('add the navy hoodie', 'add a navy hoodie to')).toBe(2);
    expect(wordDistance('', 'tell me a joke')).toBe(4);
  });

  it('reports the catalog text when the mixed decoder also heard only shopping words', () => {
    const h = { catalog: 'put the summit beanie in my cart', mixed: 'tell me a joke', mixedInDomain: true };
    expect(chooseTranscript(h)).toBe('catalog');
  });

  it('keeps the catalog text when one generic word is an acoustic slip', () => {
    const h = {
      catalog: 'do you have wireless earbuds',
      mixed: 'do you cut wireless earbuds',
      mixedInDomain: false,
    };
    expect(chooseTranscript(h)).toBe('catalog');
  });

  it('reports the mixed text when the speech was something else', () => {
    const h = { catalog: 'delete all', mixed: 'please speak more slowly', mixedInDomain: false };
    expect(chooseTranscript(h)).toBe('mixed');
    expect(chooseTranscript({ catalog: '', mixed: 'hello there', mixedInDomain: false })).toBe('mixed');
  });

  it('honours the disagreement threshold', () => {
    const h = {
      catalog: 'how do i return my order',
      mixed: 'how do i reset my password',
      mixedInDomain: false,
    };
    expect(chooseTranscript(h, 0.5)).toBe('catalog');
    expect(chooseTranscript(h, 0.2)).toBe('mixed');
  });
});

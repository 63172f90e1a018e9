import { describe, expect, it } from 'vitest';
import { htmlBlocks, htmlToText } from './text.ts';

describe('HTML descriptions to text', () => {
  it('keeps text apart at every block tag, opening or closing, not only at a closing p or li', () => {
    // Text straight before a list, and divs: both used to run into the next block ("textSteel").
    expect(htmlToText('Intro text<ul><li>Steel</li></ul><div>Hand wash</div><div>Made in Spain</div>')).toBe(
      'Intro text. Steel. Hand wash. Made in Spain',
    );
  });

  it('gives the blocks without markup, entities decoded; inline tags join the words they split', () => {
    expect(htmlBlocks('<p>Salt &amp; <strong>pep</strong>per</p><br/><li>5&nbsp;kg</li>')).toEqual([
      'Salt & pepper',
      '5 kg',
    ]);
  });

  it('ends a block at a line break only when asked (plain-text descriptions)', () => {
    expect(htmlBlocks('Waterproof shell\nWeight 95 g')).toEqual(['Waterproof shell Weight 95 g']);
    expect(htmlBlocks('Waterproof shell\nWeight 95 g', { lineBreaks: true })).toEqual([
      'Waterproof shell',
      'Weight 95 g',
    ]);
  });
});

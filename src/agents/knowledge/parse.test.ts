import { describe, expect, it } from 'vitest';
import { chunkSections } from './chunk.ts';
import { KnowledgeError } from './errors.ts';
import { decodeText, parseDocument } from './parse.ts';

describe('parsing documents', () => {
  it('keeps nested heading paths below the title (Markdown)', () => {
    const doc = parseDocument(
      '# Size guide\n\nIntro line.\n\n## Shoes\n\n### Women\n\nEU 38 is US 7.5.\n\n## Hats\n\n- S: 54 cm\n- M: 56 cm\n',
      'markdown',
      'sizes.md',
    );
    expect(doc.title).toBe('Size guide');
    expect(doc.sections).toEqual([
      { headings: ['Size guide'], text: 'Intro line.' },
      { headings: ['Shoes', 'Women'], text: 'EU 38 is US 7.5.' },
      { headings: ['Hats'], text: 'S: 54 cm\nM: 56 cm' },
    ]);
  });

  it('reads HTML text without scripts, styles or entities left raw', () => {
    const doc = parseDocument(
      '<html><head><title>FAQ</title><style>p{}</style></head><body><script>x()</script><h2>Pay</h2><p>Visa &amp; PayPal</p></body></html>',
      'html',
      'faq.html',
    );
    expect(doc).toEqual({ title: 'FAQ', sections: [{ headings: ['Pay'], text: 'Visa & PayPal' }] });
  });

  it('takes a plain-text title from a short first line, else from the file name', () => {
    expect(parseDocument('Alcohol\n\nID is checked.\n\nNo deliveries at night.', 'text', 'a.txt')).toEqual({
      title: 'Alcohol',
      sections: [{ headings: [], text: 'ID is checked.\nNo deliveries at night.' }],
    });
    expect(parseDocument('We check ID at the door.', 'text', 'docs/alcohol-policy.txt').title).toBe(
      'alcohol policy',
    );
  });

  it('cuts a long section between paragraphs and sentences, never mid-sentence', () => {
    const sentence = 'This sentence is about forty characters. ';
    const chunks = chunkSections([{ headings: ['A'], text: sentence.repeat(60).trim() }], 400);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(400);
      expect(c.text.endsWith('characters.')).toBe(true);
      expect(c.headings).toEqual(['A']);
    }
    expect(chunks.map((c) => c.ord)).toEqual(chunks.map((_, i) => i));
  });

  it('refuses binary content', () => {
    expect(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'x.pdf')).toThrow(
      KnowledgeError,
    );
    expect(() =>
      decodeText('a\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f', 'x.txt'),
    ).toThrow(/not a text document/);
  });
});

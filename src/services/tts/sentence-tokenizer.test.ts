import { describe, expect, it } from 'vitest';
import { SentenceTokenizer, splitSentences } from './sentence-tokenizer.ts';

const cases: [string, string, string[]][] = [
  ['two EN sentences', 'Sure. I found three pairs.', ['Sure.', 'I found three pairs.']],
  [
    'price with decimals',
    'The red ones cost $19.99. Want them?',
    ['The red ones cost $19.99.', 'Want them?'],
  ],
  [
    'title abbreviation',
    'Dr. Martens boots are in stock. Size?',
    ['Dr. Martens boots are in stock.', 'Size?'],
  ],
  ['Mr. and Mrs.', 'Mr. Smith and Mrs. Jones ordered.', ['Mr. Smith and Mrs. Jones ordered.']],
  [
    'e.g. mid-sentence',
    'Pick a colour, e.g. Blue or red. Done.',
    ['Pick a colour, e.g. Blue or red.', 'Done.'],
  ],
  ['lowercase continuation', 'It weighs approx. two pounds.', ['It weighs approx. two pounds.']],
  [
    'number abbreviation',
    'Order No. 4512 shipped today. Thanks!',
    ['Order No. 4512 shipped today.', 'Thanks!'],
  ],
  ['"no." ending a sentence', 'I said no. Then I left.', ['I said no.', 'Then I left.']],
  ['question and exclamation', 'Really? Yes! Great.', ['Really?', 'Yes!', 'Great.']],
  ['ellipsis continuing', 'Well... let me check. Found it.', ['Well... let me check.', 'Found it.']],
  ['ellipsis ending', 'Hmm… Let me check.', ['Hmm…', 'Let me check.']],
  [
    'closing quote stays',
    'It says "final sale." Returns are not possible.',
    ['It says "final sale."', 'Returns are not possible.'],
  ],
  ['initials', 'Books by J. K. Rowling are here.', ['Books by J. K. Rowling are here.']],
  ['URL', 'Visit shop.example.com for more. Bye.', ['Visit shop.example.com for more.', 'Bye.']],
  ['numbered list', '1. Red sneakers\n2. Blue boots', ['1. Red sneakers', '2. Blue boots']],
  ['unterminated tail', 'Your cart has two items', ['Your cart has two items']],
  [
    'ES ¿? and ¡!',
    'Hola. ¿Quieres las rojas? ¡Perfecto! Las añado.',
    ['Hola.', '¿Quieres las rojas?', '¡Perfecto!', 'Las añado.'],
  ],
  ['ES decimal comma', 'Cuestan 19,99 euros. ¿Las añado?', ['Cuestan 19,99 euros.', '¿Las añado?']],
  [
    'ES titles',
    'La Sra. García y el Dr. Pérez pidieron. Gracias.',
    ['La Sra. García y el Dr. Pérez pidieron.', 'Gracias.'],
  ],
  ['ES Ud. and pág.', 'Ud. puede ver la pág. 3 del catálogo.', ['Ud. puede ver la pág. 3 del catálogo.']],
  ['ES price with period', 'Son 1.299 pesos. ¿Algo más?', ['Son 1.299 pesos.', '¿Algo más?']],
  ['blank input', '   ', []],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('SentenceTokenizer streaming', () => {
  it.each(cases)('%s: same result when fed one character at a time', (_name, text, expected) => {
    const tok = new SentenceTokenizer();
    const out: string[] = [];
    for (const ch of text) out.push(...tok.push(ch));
    out.push(...tok.flush());
    expect(out).toEqual(expected);
  });

  it('emits the first sentence before the reply is complete', () => {
    const tok = new SentenceTokenizer();
    expect(tok.push('Sure')).toEqual([]);
    expect(tok.push('. I')).toEqual(['Sure.']);
    expect(tok.push(' found $19')).toEqual([]);
    // "19." may be a decimal: nothing is emitted until the next character settles it.
    expect(tok.push('.')).toEqual([]);
    expect(tok.push('99 shoes.')).toEqual([]);
    expect(tok.push(' Want')).toEqual(['I found $19.99 shoes.']);
    expect(tok.flush()).toEqual(['Want']);
  });

  it('waits for the next word before deciding on "Dr."', () => {
    const tok = new SentenceTokenizer();
    expect(tok.push('Ask Dr. ')).toEqual([]);
    expect(tok.push('Smith. ')).toEqual([]);
    expect(tok.push('Now')).toEqual(['Ask Dr. Smith.']);
  });

  it('cuts a run-on sentence at a clause break once it exceeds maxChars', () => {
    const tok = new SentenceTokenizer({ maxChars: 40 });
    const out = tok.push('We have red sneakers, blue sneakers, green sneakers and many more colours');
    expect(out[0]).toBe('We have red sneakers, blue sneakers,');
    expect([...out, ...tok.flush()].join(' ')).toBe(
      'We have red sneakers, blue sneakers, green sneakers and many more colours',
    );
  });

  it('reset drops pending text', () => {
    const tok = new SentenceTokenizer();
    tok.push('This will be interrupted');
    tok.reset();
    expect(tok.pending).toBe('');
    expect(tok.flush()).toEqual([]);
  });
});

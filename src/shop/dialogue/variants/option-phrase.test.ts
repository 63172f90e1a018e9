import { describe, expect, it } from 'vitest';
import { optionPhrase } from './option-phrase.ts';

const values = (...vs: string[]) => vs.map((value) => ({ value, inStock: true }));
const hose = {
  options: [
    { name: 'Length', values: values('50 ft', '100 ft') },
    { name: 'Material', values: values('Rubber', 'Vinyl') },
  ],
};
const puzzle = { options: [{ name: 'Pieces', values: values('500', '1000', '1500') }] };

describe('option values named in an utterance', () => {
  it('finds values with their units said any way', () => {
    expect(optionPhrase('add the 100 foot hose', hose)).toEqual({ options: { Length: '100 ft' } });
    expect(optionPhrase('the vinyl one in 50 feet', hose)).toEqual({
      options: { Length: '50 ft', Material: 'Vinyl' },
    });
    expect(optionPhrase('añade el de 1000 piezas', puzzle)).toEqual({ options: { Pieces: '1000' } });
    expect(optionPhrase('the 1,500 piece puzzle', puzzle)).toEqual({ options: { Pieces: '1500' } });
  });

  it('names nothing when no value is said, or for products without options', () => {
    expect(optionPhrase('add the hose', hose)).toEqual({});
    expect(optionPhrase('the 75 ft one', hose)).toEqual({});
    expect(optionPhrase('add 2 of them', {})).toEqual({});
  });

  it('prefers the longest value the words name', () => {
    const strings = { options: [{ name: 'Gauge', values: values('Light', 'Extra Light') }] };
    expect(optionPhrase('extra light strings', strings)).toEqual({ options: { Gauge: 'Extra Light' } });
  });
});

describe('values named by part of their words (issue 12)', () => {
  const metal = {
    options: [{ name: 'Metal', values: values('14k White Gold', '14k Rose Gold', '14k Yellow Gold') }],
  };

  it('takes the value holding the most words said ("white gold" beside "rose gold")', () => {
    expect(optionPhrase('fine white gold then', metal)).toEqual({ options: { Metal: '14k White Gold' } });
    expect(optionPhrase('wait no make the band yellow gold', metal)).toEqual({
      options: { Metal: '14k Yellow Gold' },
    });
  });

  it('still picks nothing when the words fit several values alike', () => {
    expect(optionPhrase('the gold one', metal)).toEqual({});
  });

  it('reads ounces said for fluid ounces', () => {
    const jug = { options: [{ name: 'Volume', values: values('16 fl oz', '64 fl oz') }] };
    expect(optionPhrase('two of the 64 ounce', jug)).toEqual({ options: { Volume: '64 fl oz' } });
  });
});

describe('yes/no options named by their name (issue 12)', () => {
  const shades = { options: [{ name: 'Polarized', values: values('Yes', 'No') }] };

  it('reads the name as yes and a negated name as no', () => {
    expect(optionPhrase('the polar gray one polarized', shades)).toEqual({ options: { Polarized: 'Yes' } });
    expect(optionPhrase('the non polarized ones', shades)).toEqual({ options: { Polarized: 'No' } });
    expect(optionPhrase('las polarizadas', shades)).toEqual({ options: { Polarized: 'Yes' } });
    expect(optionPhrase('the green ones', shades)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { countNounsAt } from '../words/count-nouns.ts';
import { isTerseRequest } from './terse-order.ts';

describe('terse requests (issue 12)', () => {
  it('reads a bare noun phrase with a value as a request', () => {
    expect(isTerseRequest('canvas apron medium', 'en')).toBe(true);
    expect(isTerseRequest('a glaze pencil in red', 'en')).toBe(true);
    expect(isTerseRequest('back to the kiln stuff witness cones cone 6', 'en')).toBe(true);
    expect(isTerseRequest('delantal de lona talla m', 'es')).toBe(true);
  });

  it('never reads a sentence, a question, a comparison or a long description as one', () => {
    expect(isTerseRequest('do you have aprons in medium', 'en')).toBe(false);
    expect(isTerseRequest('show me aprons in medium', 'en')).toBe(false);
    expect(isTerseRequest('i like the apron in medium', 'en')).toBe(false);
    expect(isTerseRequest('aprons or smocks in medium', 'en')).toBe(false);
    expect(isTerseRequest('what aprons come in medium', 'en')).toBe(false);
    expect(
      isTerseRequest('a long heavy canvas apron with a split leg and two deep pockets in medium', 'en'),
    ).toBe(false);
    expect(isTerseRequest('tienes delantales en talla m', 'es')).toBe(false);
  });
});

describe('counted containers (issue 12)', () => {
  const at = (s: string, lang: 'en' | 'es' = 'en') => countNounsAt(s.split(' '), lang);
  it('finds the container between a count and "of"', () => {
    expect(at('add two bags of the sponges')).toEqual([2]);
    expect(at('a box of witness cones')).toEqual([1]);
    expect(at('two small bags of clay')).toEqual([2]);
    expect(at('dos bolsas de esponjas', 'es')).toEqual([1]);
    // Spanish names a bag by what it holds: "una bolsa de magnesio" is the product.
    expect(at('una bolsa de magnesio', 'es')).toEqual([]);
  });

  it('leaves a container that is the thing wanted', () => {
    expect(at('show me the tool bag')).toEqual([]);
    expect(at('a bag for my tools')).toEqual([]);
    expect(at('the bag of tools')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryRequest } from '../understand/memory-request.ts';

describe('memory requests', () => {
  it.each([
    [
      'My shoe size is 42',
      'en',
      { kind: 'remember', preference: { kind: 'size', value: '42', scope: 'shoe' } },
    ],
    ["I'm a size medium", 'en', { kind: 'remember', preference: { kind: 'size', value: 'M', scope: '' } }],
    [
      'so I usually take size 9 and a half in boots',
      'en',
      { kind: 'remember', preference: { kind: 'size', value: '9.5', scope: 'boots' } },
    ],
    [
      'my favourite brand is stride',
      'en',
      { kind: 'remember', preference: { kind: 'brand', value: 'Stride', scope: '' } },
    ],
    [
      'my budget is about 150 dollars',
      'en',
      { kind: 'remember', preference: { kind: 'budget', value: '150', scope: '' } },
    ],
    ['calzo un 42', 'es', { kind: 'remember', preference: { kind: 'size', value: '42', scope: 'zapatos' } }],
    [
      'mi talla de pantalón es 32',
      'es',
      { kind: 'remember', preference: { kind: 'size', value: '32', scope: 'pantalon' } },
    ],
    [
      'mi color favorito es el verde',
      'es',
      { kind: 'remember', preference: { kind: 'color', value: 'Verde', scope: '' } },
    ],
    ['forget my sizes', 'en', { kind: 'forget', what: 'size' }],
    ['please forget everything about me', 'en', { kind: 'forget' }],
    ['delete my preferences', 'en', { kind: 'forget' }],
    ['olvida mis tallas', 'es', { kind: 'forget', what: 'size' }],
    ["what's my size?", 'en', { kind: 'recall', what: 'size' }],
    ['what do you remember about me', 'en', { kind: 'recall' }],
    ['¿qué recuerdas de mí?', 'es', { kind: 'recall' }],
  ] as const)('%s', (text, lang, want) => {
    expect(memoryRequest(text, lang)).toEqual(want);
  });

  it.each([
    'add the boots in size 10',
    'remove my size 10 boots',
    'I take the blue one',
    'size 10',
    'what size is it',
    'forget it',
    'forget the promo code',
    'añade la talla 42',
    'quita mis zapatillas del carrito',
    'forget all that, show me the lamps again',
    'forget everything, start over',
    'olvida todo eso, enséñame las lámparas',
  ])('"%s" is not about memory', (text) => {
    expect(memoryRequest(text, /[ñá]|quita|olvida/.test(text) ? 'es' : 'en')).toBeUndefined();
  });
});

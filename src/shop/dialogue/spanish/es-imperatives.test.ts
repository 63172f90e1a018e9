import { describe, expect, it } from 'vitest';
import { asksShopAsUsted, tuImperative, tuImperatives } from './es-imperatives.ts';

describe('Spanish shop verbs in any address read as the tú imperative', () => {
  it('rewrites usted and ustedes forms, keeping the pronoun of the thing', () => {
    expect(tuImperatives('agrégueme la segunda, de 8 kilos')).toBe('agrega la segunda, de 8 kilos');
    expect(tuImperatives('mejor quítela, está muy cara')).toBe('mejor quitala, está muy cara');
    expect(tuImperatives('vacíe el carrito')).toBe('vacia el carrito');
    expect(tuImperatives('compáreme el blanco de bolsa')).toBe('compara el blanco de bolsa');
    expect(tuImperatives('sáquenlo')).toBe('sacalo');
    expect(tuImperatives('escójala')).toBe('escogela');
  });
  it('keeps the shopper pronoun only where the tú pattern has it', () => {
    expect(tuImperatives('póngame dos')).toBe('ponme dos');
    expect(tuImperatives('muéstreme mancuernas')).toBe('muestrame mancuernas');
    expect(tuImperatives('deme la roja')).toBe('dame la roja');
    expect(tuImperatives('añádemela')).toBe('anadela');
    expect(tuImperatives('sácame el banco')).toBe('saca el banco');
  });
  it('rewrites vosotros imperatives, stem-changing ones included', () => {
    expect(tuImperative('quitad')).toBe('quita');
    expect(tuImperative('añadidme')).toBe('anade');
    expect(tuImperative('enseñadme')).toBe('ensename');
    expect(tuImperative('mostradme')).toBe('muestrame');
  });
  it('leaves other words alone: nouns, adjectives, prepositions, tú forms already read', () => {
    for (const w of [
      'de',
      'meta',
      'marca',
      'compras',
      'busqueda',
      'usados',
      'vacía',
      'prueba',
      'cuenta',
      'ponme',
      'quita',
      'del',
      'llevan',
    ])
      expect(tuImperative(w)).toBeUndefined();
  });
});

describe('usted "¿tiene …?" asks the shop when it names a kind it sells', () => {
  const kinds = (i: number, t: string[]) => ['dumbbells', 'dumbbell'].includes(t[i] ?? '');
  it('a plural kind or one after un/una/algún: the shop is asked', () => {
    const t1 = ['tiene', 'dumbbells', 'adjustable'];
    expect(asksShopAsUsted(t1, (i) => kinds(i, t1))).toBe(true);
    const t2 = ['tiene', 'una', 'dumbbell', 'adjustable'];
    expect(asksShopAsUsted(t2, (i) => kinds(i, t2))).toBe(true);
  });
  it('a bare singular or no kind: the product in focus is asked about', () => {
    const t1 = ['tiene', 'dumbbell'];
    expect(asksShopAsUsted(t1, (i) => kinds(i, t1))).toBe(false);
    const t2 = ['tiene', 'bolsillos'];
    expect(asksShopAsUsted(t2, (i) => kinds(i, t2))).toBe(false);
    const t3 = ['tienes', 'dumbbells'];
    expect(asksShopAsUsted(t3, (i) => kinds(i, t3))).toBe(false);
  });
});

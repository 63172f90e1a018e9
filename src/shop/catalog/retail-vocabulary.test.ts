import { describe, expect, it } from 'vitest';
import { englishForms, englishOf, pluralEs, spanishName, vocabularySize } from './retail-vocabulary.ts';

describe('built-in retail vocabulary', () => {
  it('covers a broad set of retail words across verticals', () => {
    expect(vocabularySize()).toBeGreaterThanOrEqual(300);
  });

  it.each([
    ['Watering Cans', 'Regaderas'],
    ['Gel Pens', 'Bolígrafos de gel'],
    ['Fountain Pens', 'Plumas estilográficas'],
    ['Notebooks & Journals', 'Cuadernos y diarios'],
    ['Acoustic Guitar Strings', 'Cuerdas de guitarra acústica'],
    ['Electric Guitars', 'Guitarras eléctricas'],
    ['Digital Pianos', 'Pianos digitales'],
    ['Garden Hoses', 'Mangueras de jardín'],
    ['Wooden Toys', 'Juguetes de madera'],
    ['Cordless Drills', 'Taladros inalámbricos'],
    ['Pencils', 'Lápices'],
    ['Dog Beds', 'Camas para perro'],
    ['Amplifiers', 'Amplificadores'],
    ['Length', 'Longitud'],
    ['Pieces', 'Piezas'],
    ['Voltage', 'Voltaje'],
  ])('%s → %s', (en, es) => {
    expect(spanishName(en).name).toBe(es);
  });

  it('gives no name when a word is unknown, but keeps the words it knows', () => {
    expect(spanishName('Moleskine Notebooks')).toEqual({ name: null, known: ['cuadernos'] });
    expect(spanishName('Fineliners').name).toBeNull();
  });

  it('pluralises Spanish words by their endings', () => {
    expect(['camión', 'lápiz', 'paraguas', 'cojín', 'sofá', 'compás', 'clip'].map(pluralEs)).toEqual([
      'camiones',
      'lápices',
      'paraguas',
      'cojines',
      'sofás',
      'compases',
      'clips',
    ]);
  });

  it('reads Spanish option words back to English', () => {
    expect(englishOf('longitud')).toBe('length');
    expect(englishOf('voltaje')).toBe('voltage');
    expect(englishOf('regaderas')).toBe('watering can');
  });

  it('reads shared retail words a shopper says in Spanish', () => {
    // A drugstore asked in Spanish: razors and a charcoal-grey towel.
    expect(englishForms('maquinillas')).toEqual(['razor']);
    expect(englishForms('maquinilla de afeitar')).toEqual(['razor']);
    expect(englishForms('carbon')).toEqual(['charcoal', 'carbon']);
  });
});

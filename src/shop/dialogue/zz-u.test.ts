import { it } from 'vitest';
import { understand } from './understand/nlu.ts';
import { compileVocabulary } from './words/vocab.ts';
const vocab = compileVocabulary({ language: 'es', categories: [], brands: [], colors: [], sizes: [], productNames: [], attributes: [], minPrice: 1, maxPrice: 100, currency: 'EUR' } as never);
it('u', () => {
  for (const s of ['dale', 'sí, dale', 'dale, cerralo', '¿qué tengo en el carro?', 'simón'])
    console.log(s, JSON.stringify(understand(s, vocab, 'es')));
});

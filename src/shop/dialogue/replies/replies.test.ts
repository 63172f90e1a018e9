import { describe, expect, it } from 'vitest';
import type { ProductInfo } from '../results.ts';
import { productList } from './replies.ts';

const product = (name: string, price: number): ProductInfo => ({
  id: name,
  name,
  price,
  currency: 'USD',
  sizes: [],
  colors: [],
});
const four = [product('Alpha', 10), product('Beta', 20), product('Gamma', 30), product('Delta', 40)];

describe('productList', () => {
  it('says the three first and how many more are on screen, in grammatical words', () => {
    expect(productList(four, 4, 'en')).toContain('The other one is on your screen.');
    expect(productList(four, 5, 'en')).toContain('The other 2 are on your screen.');
    expect(productList(four, 4, 'es')).toContain('La otra está en tu pantalla.');
    expect(productList(four, 6, 'es')).toContain('Las otras 3 están en tu pantalla.');
    expect(productList(four.slice(0, 3), 3, 'en')).not.toContain('screen');
  });
});

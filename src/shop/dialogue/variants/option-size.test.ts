import { describe, expect, it } from 'vitest';
import { valueBySize } from './option-phrase.ts';

const option = (name: string, values: string[]) => ({
  name,
  values: values.map((value) => ({ value, inStock: true })),
});

describe('valueBySize: a relative size picks the extreme value of the option it can measure', () => {
  it('"the thickest" ranks a thickness, never a rope\'s length', () => {
    const rope = [option('Length', ['60 m', '70 m']), option('Color', ['Lava', 'Saffron'])];
    expect(valueBySize(['the', 'thickest', 'rope'], rope as never)).toBeUndefined();
    expect(valueBySize(['the', 'longest', 'rope'], rope as never)).toEqual(['Length', '70 m']);
    const wetsuit = [option('Thickness', ['3 mm', '5 mm']), option('Size', ['S', 'M'])];
    expect(valueBySize(['the', 'thicker', 'neoprene'], wetsuit as never)).toEqual(['Thickness', '5 mm']);
    expect(valueBySize(['el', 'mas', 'fino'], wetsuit as never)).toEqual(['Thickness', '3 mm']);
  });
});

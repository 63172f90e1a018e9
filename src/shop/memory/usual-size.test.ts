import { describe, expect, it } from 'vitest';
import { usualSize } from './usual-size.ts';

const shoe = { category: 'running-shoes', name: 'Trail Runner 2' };
const boot = { category: 'botines', name: 'Botín Sierra' };

describe('usual size', () => {
  it('prefers a size stated for the kind of product, through its family, over one stated for everything', () => {
    const prefs = [
      { kind: 'size', scope: '', value: 'M' },
      { kind: 'size', scope: 'zapatos', value: '42' },
    ];
    expect(usualSize(prefs, shoe, ['41', '42'])).toBe('42');
    expect(usualSize(prefs, boot, ['42', '43'])).toBe('42');
    expect(usualSize(prefs, { category: 'hoodies', name: 'Club Hoodie' }, ['S', 'M'])).toBe('M');
  });

  it('offers nothing the product does not have, and nothing for another kind of product', () => {
    expect(usualSize([{ kind: 'size', scope: 'shoes', value: '43' }], shoe, ['41', '42'])).toBeUndefined();
    expect(usualSize([{ kind: 'size', scope: 'hoodies', value: '42' }], shoe, ['42'])).toBeUndefined();
    expect(usualSize([{ kind: 'brand', scope: '', value: '42' }], shoe, ['42'])).toBeUndefined();
  });
});

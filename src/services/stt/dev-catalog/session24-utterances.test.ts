/** Session 24's speech development utterances load, pause where marked, and their catalogs import with every product. */
import { describe, expect, it } from 'vitest';
import { EvalShop } from '../../../../eval/dialogue/harness.ts';
import { describeRoundUtterances } from '../../../../eval/wer/round-suite.ts';
import { SESSION24_DEV_SET } from './session24-dev.bench.ts';
import { SESSION24_DEV_UTTERANCES } from './session24-utterances.ts';

describeRoundUtterances({
  label: 'dev24 set',
  utterances: SESSION24_DEV_UTTERANCES,
  catalogs: ['rowing', 'bookbinding'],
  count: 70,
  minPaused: 9,
  sample: { catalog: 'rowing', text: 'add the gloves | size extra large' },
});

describe('dev24 catalogs', () => {
  it.each([
    ['rowing', 26],
    ['bookbinding', 28],
  ])('%s imports all %i products with no skipped rows', async (catalog, products) => {
    const shop = await EvalShop.open(catalog, SESSION24_DEV_SET);
    try {
      expect(shop.importNotes).toEqual([]);
      expect(shop.products.size).toBe(products);
    } finally {
      await shop.close();
    }
  });
});

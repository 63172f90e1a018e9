/** Session 18's speech development utterances load, pause where marked, and their catalogs import with every product. */
import { describe, expect, it } from 'vitest';
import { EvalShop } from '../../../../eval/dialogue/harness.ts';
import { describeRoundUtterances } from '../../../../eval/wer/round-suite.ts';
import { SESSION18_DEV_SET } from './session18-dev.bench.ts';
import { SESSION18_DEV_UTTERANCES } from './session18-utterances.ts';

describeRoundUtterances({
  label: 'dev18 set',
  utterances: SESSION18_DEV_UTTERANCES,
  catalogs: ['leathercraft', 'candle-soap'],
  count: 30,
  minPaused: 5,
  sample: { catalog: 'leathercraft', text: 'add a solid brass buckle | one and a half inch' },
});

describe('dev18 catalogs', () => {
  it.each([
    ['leathercraft', 26],
    ['candle-soap', 24],
  ])('%s imports all %i products with no skipped rows', async (catalog, products) => {
    const shop = await EvalShop.open(catalog, SESSION18_DEV_SET);
    try {
      expect(shop.importNotes).toEqual([]);
      expect(shop.products.size).toBe(products);
    } finally {
      await shop.close();
    }
  });
});

/** Session 19's speech development utterances load, pause where marked, and their catalogs import with every product. */
import { describe, expect, it } from 'vitest';
import { EvalShop } from '../../../../eval/dialogue/harness.ts';
import { describeRoundUtterances } from '../../../../eval/wer/round-suite.ts';
import { SESSION19_DEV_SET } from './session19-dev.bench.ts';
import { SESSION19_DEV_UTTERANCES } from './session19-utterances.ts';

describeRoundUtterances({
  label: 'dev19 set',
  utterances: SESSION19_DEV_UTTERANCES,
  catalogs: ['welding', 'fountain-pens'],
  count: 70,
  minPaused: 9,
  sample: { catalog: 'welding', text: 'add the stick gloves | size medium' },
});

describe('dev19 catalogs', () => {
  it.each([
    ['welding', 26],
    ['fountain-pens', 25],
  ])('%s imports all %i products with no skipped rows', async (catalog, products) => {
    const shop = await EvalShop.open(catalog, SESSION19_DEV_SET);
    try {
      expect(shop.importNotes).toEqual([]);
      expect(shop.products.size).toBe(products);
    } finally {
      await shop.close();
    }
  });
});

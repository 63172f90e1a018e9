/**
 * The shop tools on a catalog with options other than size and colour (a music store): variants
 * chosen by any option, by name or by a value said with its unit; sold-out option values refused
 * with the in-stock alternatives; options shown in details and the cart. SQLite and PostgreSQL.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../src/shop/catalog/import/index.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, seedShop } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

const MUSIC = join(import.meta.dirname, '../../src/shop/catalog/import/fixtures/music.csv');
const CABLE = 'p_braided-instrument-cable';
const AMP = 'p_practice-amplifier';

describe.each(TEST_DIALECTS)('choosing variants by any option on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function shop() {
    await seedShop(t.store.db);
    await importCatalog(t.store.db, MUSIC, { currency: 'USD', mode: 'upsert' });
    return createShopTools({ db: t.store.db, config: { SHOP_CONFIRM_SECRET: 'test-secret-test-secret' } });
  }

  it('refuses a sold-out option value with the in-stock alternatives, and adds nothing', async () => {
    const set = await shop();
    const alice = ctx('u_alice');
    const refused = await expectRefused(
      call(
        set,
        'add_to_cart',
        { productId: CABLE, options: { Length: '20 ft', Connector: 'Straight' } },
        alice,
      ),
      'out_of_stock',
    );
    expect(refused.error.message).toBe(
      'Braided Instrument Cable (Length 20 ft, Connector Straight) is sold out. In stock: Length 10 ft. ' +
        'Do not add another variant unless the shopper picks one.',
    );
    expect(refused.error.details.inStock).toEqual({ sizes: [], colors: [], options: { Length: ['10 ft'] } });

    // "20 feet" said alone: both 20 ft cables are sold out, so it is a refusal, not a question.
    const both = await expectRefused(
      call(set, 'add_to_cart', { productId: CABLE, option: '20 feet' }, alice),
      'out_of_stock',
    );
    expect(both.error.details.inStock.options).toEqual({
      Length: ['10 ft'],
      Connector: ['Straight', 'Angled'],
    });

    const amp = await expectRefused(
      call(set, 'add_to_cart', { productId: AMP, option: '230 volt' }, alice),
      'out_of_stock',
    );
    expect(amp.error.details.inStock.options).toEqual({ Voltage: ['120V'] });
    const cart = await call(set, 'view_cart', {}, alice);
    expect(cart.result.items).toEqual([]);
  });

  it('adds by option name or by a value with its unit, in English or Spanish, and shows the options', async () => {
    const set = await shop();
    const alice = ctx('u_alice');
    const ask = await expectRefused(
      call(set, 'add_to_cart', { productId: CABLE, option: '10 feet' }, alice),
      'variant_required',
    );
    expect(ask.error.message).toBe(
      'Which Connector of Braided Instrument Cable? Ask the shopper (Connector Straight, Angled).',
    );
    const added = await call(
      set,
      'add_to_cart',
      { productId: CABLE, options: { longitud: '10 pies', Connector: 'angled' } },
      ctx('u_alice', 's_u_alice', 'es'),
    );
    expect(added.ok, JSON.stringify(added.result)).toBe(true);
    expect(added.result.added).toMatchObject({
      options: { Length: '10 ft', Connector: 'Angled' },
      unitPrice: 21,
    });
    // A value put in "size" by the model still finds the option.
    const amp = await call(set, 'add_to_cart', { productId: AMP, size: '120 volts' }, alice);
    expect(amp.ok, JSON.stringify(amp.result)).toBe(true);
    const piano = await call(
      set,
      'add_to_cart',
      { productId: 'p_stage-digital-piano', option: '88 keys' },
      alice,
    );
    expect(piano.result.added).toMatchObject({ options: { Keys: '88' }, unitPrice: 699 });

    const cart = await call(set, 'view_cart', {}, alice);
    expect(cart.result.items.map((i: { name: string; options?: object }) => [i.name, i.options])).toEqual([
      ['Braided Instrument Cable', { Length: '10 ft', Connector: 'Angled' }],
      ['Practice Amplifier 15W', { Voltage: '120V' }],
      ['Stage Digital Piano', { Keys: '88' }],
    ]);
    const ui = cart.ui[0];
    expect(ui?.type === 'cart' && ui.cart.items[0]?.options).toEqual({
      Length: '10 ft',
      Connector: 'Angled',
    });
  });

  it('a value the product does not have is refused with what it does come in', async () => {
    const set = await shop();
    const r = await expectRefused(
      call(set, 'add_to_cart', { productId: CABLE, option: '50 ft' }, ctx('u_alice')),
      'not_found',
    );
    expect(r.error.message).toBe(
      'Braided Instrument Cable does not come in 50 ft. Sizes: none; colours: none; ' +
        'Length 10 ft, 20 ft; Connector Straight, Angled.',
    );
  });

  it('check_availability, get_product and search speak of options and weights', async () => {
    const set = await shop();
    const alice = ctx('u_alice');
    const avail = await call(
      set,
      'check_availability',
      { productId: 'p_bronze-acoustic-strings', option: 'medium' },
      alice,
    );
    expect(avail.result).toMatchObject({
      available: false,
      stock: 0,
      alternatives: { options: { Gauge: ['Light 12-53'], Pack: ['Single', '3-pack'] } },
    });
    const product = await call(set, 'get_product', { productId: AMP }, alice);
    expect(product.result.variants).toEqual([
      {
        variantId: 'v_PA-120',
        size: null,
        color: null,
        options: { Voltage: '120V' },
        price: 129,
        stock: 2,
        weight: '12 lb',
      },
      {
        variantId: 'v_PA-230',
        size: null,
        color: null,
        options: { Voltage: '230V' },
        price: 129,
        stock: 0,
        weight: '12 lb',
      },
    ]);
    expect(product.result.specs.weight).toBe('12 lb');
    expect(product.result.optionsInStock).toEqual({ Voltage: ['120V'] });
    const card = product.ui[0];
    expect(card?.type === 'products' && card.items[0]?.options).toEqual([
      {
        name: 'Voltage',
        values: [
          { value: '120V', inStock: true },
          { value: '230V', inStock: false },
        ],
      },
    ]);
    const search = await call(set, 'search_products', { query: 'cable 10 feet' }, alice);
    expect(search.result.products[0]).toMatchObject({ id: CABLE, optionsInStock: { Length: ['10 ft'] } });
  });

  it('get_product finds a product by its exact catalog name, case-insensitively, and refuses an unknown one', async () => {
    const set = await shop();
    const alice = ctx('u_alice');
    const byName = await call(set, 'get_product', { name: 'phosphor bronze acoustic strings' }, alice);
    expect(byName.result).toMatchObject({
      id: 'p_bronze-acoustic-strings',
      name: 'Phosphor Bronze Acoustic Strings',
    });
    await expectRefused(call(set, 'get_product', { name: 'Bronze Strings' }, alice), 'not_found');
    await expectRefused(call(set, 'get_product', {}, alice), 'invalid_input');
  });
});

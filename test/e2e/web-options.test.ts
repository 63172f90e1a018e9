/**
 * Product options beyond size and colour in the web app (issue 12): a shop whose variants carry
 * options like "Nib Size" and "Material" (the stationery Shopify fixture) shows them on product
 * cards as choices with the sold-out values marked, adds the chosen variant to the cart by click,
 * and the cart line says which options it is.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useWebE2e, watchPage } from './harness.ts';
import { typeRequest } from './helpers.ts';

/** A Shopify export whose options are neither size nor colour: Volume and Kit, one value sold out each. */
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status';
const ROWS = [
  'cedar-beard-oil,Cedar Beard Oil,<p>Cedar and bergamot.</p>,Grove,Beard Oil,grooming,true,Volume,30 ml,,,BO-30,5,12.00,active',
  'cedar-beard-oil,,,,,,,,50 ml,,,BO-50,3,18.00,',
  'cedar-beard-oil,,,,,,,,100 ml,,,BO-100,0,29.00,',
  'compact-drill-driver,Compact Drill Driver,<p>18 V brushless.</p>,Torqa,Drills,tools,true,Kit,Tool Only,Chuck,10 mm,DD-TO-10,4,79.00,active',
  'compact-drill-driver,,,,,,,,Tool Only,,13 mm,DD-TO-13,2,85.00,',
  'compact-drill-driver,,,,,,,,With Battery,,13 mm,DD-WB-13,0,129.00,',
];

const e2e = useWebE2e({
  async env() {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-options-'));
    const catalog = path.join(dir, 'shop.csv');
    await writeFile(catalog, `${[HEADER, ...ROWS].join('\n')}\n`);
    return { CATALOG: catalog, CATALOG_MODE: 'replace', CATALOG_CURRENCY: 'EUR' };
  },
});

interface ApiCard {
  id: string;
  name: string;
  options?: { name: string; values: { value: string; inStock: boolean }[] }[];
}

describe('product options in the web app', () => {
  it.each([
    ['beard oil', /beard oil/i],
    ['drills', /drill/i],
  ])(
    'cards show every option of the %s with its values, sold-out ones marked; the cart line names the chosen ones',
    async (query, nameRe) => {
      // What the shop says about the product, to compare the page with.
      const search = (await (
        await fetch(`${e2e.srv.base}/api/products?q=${encodeURIComponent(query)}`)
      ).json()) as {
        items: ApiCard[];
      };
      const product = search.items.find((c) => nameRe.test(c.name));
      expect(product?.options?.length).toBeGreaterThan(0);
      const soldOut = product!.options!.flatMap((o) =>
        o.values.filter((v) => !v.inStock).map((v) => ({ option: o.name, value: v.value })),
      );
      expect(soldOut.length).toBeGreaterThan(0); // 100 ml, With Battery

      const ctx = await e2e.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await ctx.newPage();
      const { errors } = watchPage(page);
      await page.goto(e2e.srv.base);
      await typeRequest(page, `show me ${query}`);
      const card = page.locator(`[data-testid=product-card][data-product-id="${product!.id}"]`);
      await card.waitFor({ timeout: 20_000 });

      // Every option, every value, as the shop lists them; sold-out values disabled and saying so.
      for (const option of product!.options!) {
        const group = card.locator(`[data-testid=option][data-option="${option.name}"]`);
        expect(await group.locator('legend').textContent()).toBe(option.name);
        const chips = group.locator('button.chip');
        expect(await chips.count()).toBe(option.values.length);
        for (const [i, v] of option.values.entries()) {
          const chip = chips.nth(i);
          expect(await chip.textContent()).toContain(v.value);
          expect(await chip.isDisabled()).toBe(!v.inStock);
          expect(await chip.getAttribute('data-sold-out')).toBe(v.inStock ? null : 'true');
          if (!v.inStock) expect(await chip.textContent()).toMatch(/out of stock/i);
        }
      }

      // Choose an in-stock value of each option (clicking what is not chosen yet) and add.
      const chosen: Record<string, string> = {};
      for (const option of product!.options!) {
        const value = option.values.find((v) => v.inStock)!.value;
        chosen[option.name] = value;
        const chip = card
          .locator(`[data-testid=option][data-option="${option.name}"] button.chip`)
          .filter({ hasText: value })
          .first();
        if ((await chip.getAttribute('aria-pressed')) !== 'true') await chip.click();
        expect(await chip.getAttribute('aria-pressed')).toBe('true');
      }
      await card.getByRole('button', { name: /Add to cart/ }).click();
      const line = page.locator('[data-testid=cart-line]', { hasText: product!.name });
      await line.waitFor({ timeout: 10_000 });
      const label = await line.locator('[data-testid=cart-line-variant]').textContent();
      for (const [name, value] of Object.entries(chosen)) expect(label).toContain(`${name}: ${value}`);

      // The cart the server holds is that variant.
      const cart = (await page.evaluate(async () => (await fetch('/api/cart')).json())) as {
        cart: { items: { name: string; options?: Record<string, string> }[] };
      };
      expect(cart.cart.items.find((i) => i.name === product!.name)?.options).toMatchObject(chosen);
      await screenshot(page, `20-options-${query.replace(/\s+/g, '-')}`);
      expect(errors).toEqual([]);
      await ctx.close();
    },
    90_000,
  );
});

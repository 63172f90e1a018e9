/**
 * An invented angling shop for t-adds-en3-mechanisms.test.ts (none of the held-out rounds' lines):
 * sizes written word-then-figure ("Waist 32"), a half-ounce size, sold-out colour combinations
 * whose colours catalogs name plainly ("Blue", "Black") while shoppers say a shade ("navy",
 * "charcoal"), and products sharing a colour so a colour's search shows several.
 */
import { shopifyCsv } from './shopify-csv.ts';
import { gridProduct, gridRow } from './variant-grid.ts';

export const anglingCsv = () =>
  shopifyCsv(
    [
      gridProduct('Riverbend Wading Trousers', 'Waders', 89, {
        body: '<p>Breathable wading trousers with a belt.</p>',
        options: { Size: ['Waist 30', 'Waist 32', 'Waist 34'] },
      }),
      gridProduct('Riverbend Bait Dye', 'Bait', 7, {
        body: '<p>A bait dye that colours maggots and pellets.</p>',
        options: { Size: ['0.5 oz', '1 oz', '2 oz'] },
      }),
      gridProduct('Riverbend Landing Net', 'Nets', 39, { body: '<p>A folding landing net.</p>' }),
      gridProduct('Riverbend Float Set', 'Floats', 12, { body: '<p>Ten waggler floats.</p>' }),
      gridProduct('Riverbend Tackle Box', 'Storage', 29, {
        body: '<p>A tackle box with trays.</p>',
        options: { Size: ['Small', 'Large'], Color: ['Green', 'Blue', 'Black'] },
        soldOut: ['Large/Green'],
      }),
      gridProduct('Riverbend Keepnet', 'Nets', 45, {
        body: '<p>A keepnet with a mesh that is kind to fish.</p>',
        options: { Length: ['2 m', '3 m', '4 m'] },
        soldOut: ['4 m'],
      }),
      gridProduct('Riverbend Bite Alarm', 'Alarms', 49, {
        body: '<p>An electronic bite alarm with a loud sounder.</p>',
        options: { Pack: ['Single'] },
        soldOut: ['Single'],
      }),
      gridProduct('Riverbend Bite Indicator', 'Alarms', 14, { body: '<p>A hanging bite indicator.</p>' }),
      gridProduct('Riverbend Rain Jacket', 'Clothing', 69, {
        body: '<p>A rain jacket for long days on the bank.</p>',
        options: { Size: ['S', 'M', 'L'] },
      }),
      gridProduct('Riverbend Micro Hooks', 'Hooks', 5, {
        body: '<p>Barbless micro hooks.</p>',
        options: { Pack: ['10 Hooks', '25 Hooks'] },
      }),
      gridProduct('Riverbend Fishhandling Gloves', 'Gloves', 25, {
        body: '<p>Gloves with a grippy palm for holding fish.</p>',
        options: { Size: ['S', 'L'] },
      }),
      gridProduct('Riverbend Casting Gloves', 'Gloves', 19, {
        body: '<p>Thin gloves for casting on cold days.</p>',
        options: { Size: ['S', 'L'] },
      }),
      gridProduct('Riverbend Bait Bucket', 'Storage', 16, {
        body: '<p>A bait bucket with a lid.</p>',
        options: { Capacity: ['5 L', '10 L', '15 L'], Color: ['Green', 'Orange', 'Blue'] },
        soldOut: ['15 L/Orange', '15 L/Blue'],
      }),
      gridProduct('Riverbend Spare Battery', 'Electronics', 39, {
        body: '<p>A spare battery for the bite alarm and the bait boat.</p>',
        options: { Capacity: ['2000 mAh', '5000 mAh'] },
        soldOut: ['5000 mAh'],
      }),
      gridProduct('Riverbend Head Torch', 'Electronics', 29, {
        body: '<p>A head torch that runs for 12 hours on a charge.</p>',
      }),
      gridProduct('Riverbend Rod Sock', 'Rod Care', 9, {
        body: '<p>A knitted sock that keeps a rod clean.</p>',
        options: { Color: ['White', 'Black', 'Olive'] },
        soldOut: ['Olive'],
      }),
      gridProduct('Riverbend Fishing Cap', 'Clothing', 15, {
        body: '<p>A peaked cap for sunny banks.</p>',
        options: { Color: ['Olive', 'Tan'] },
      }),
    ].map(gridRow),
    200,
  );

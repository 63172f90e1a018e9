/**
 * An invented garden-tools shop for t-search3-mechanisms.test.ts (no round's products): three
 * pruners under 40 told apart by what their text says they do, a dearer one, and a kitchen tool
 * whose text shares a pruner's words (a narrowing must stay within the kind shown), and watering
 * cans told apart by the material their descriptions say.
 */
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

export const gardenCsv = () =>
  shopifyCsv(
    [
      gridRow({
        handle: 'bypass-pruner',
        title: 'Thornby Bypass Pruner',
        body: '<p>Curved blades that cut green stems cleanly without crushing them.</p>',
        vendor: 'Thornby',
        type: 'Pruners',
        tags: 'pruner',
        price: 24,
      }),
      gridRow({
        handle: 'ratchet-pruner',
        title: 'Thornby Ratchet Pruner',
        body: '<p>Cuts thick dry branches in three easy squeezes.</p>',
        vendor: 'Thornby',
        type: 'Pruners',
        tags: 'pruner',
        price: 36,
      }),
      gridRow({
        handle: 'mini-snips',
        title: 'Thornby Mini Snips',
        body: '<p>Small spring snips for herbs and cut flowers.</p>',
        vendor: 'Thornby',
        type: 'Pruners',
        tags: 'pruner',
        price: 15,
      }),
      gridRow({
        handle: 'long-reach-pruner',
        title: 'Thornby Long Reach Pruner',
        body: '<p>A pole pruner for high branches.</p>',
        vendor: 'Thornby',
        type: 'Pruners',
        tags: 'pruner',
        price: 69,
      }),
      gridRow({
        handle: 'herb-scissors',
        title: 'Leafwell Herb Scissors',
        body: '<p>Five-blade scissors that snip herbs for the kitchen.</p>',
        vendor: 'Leafwell',
        type: 'Kitchen Tools',
        tags: 'scissors',
        price: 12,
      }),
      gridRow({
        handle: 'cottage-can',
        title: 'Leafwell Cottage Can',
        body: '<p>A galvanised steel can with a brass rose.</p>',
        vendor: 'Leafwell',
        type: 'Watering Cans',
        tags: 'watering can',
        price: 29,
        options: { Capacity: ['5 L', '9 L'] },
      }),
      gridRow({
        handle: 'balcony-can',
        title: 'Leafwell Balcony Can',
        body: '<p>A light can moulded in recycled plastic, with a long spout.</p>',
        vendor: 'Leafwell',
        type: 'Watering Cans',
        tags: 'watering can',
        price: 14,
      }),
      gridRow({
        handle: 'patio-can',
        title: 'Leafwell Patio Can',
        body: '<p>A plastic-free can of powder-coated steel.</p>',
        vendor: 'Leafwell',
        type: 'Watering Cans',
        tags: 'watering can',
        price: 19,
        options: { Color: ['Green', 'Red'] },
      }),
      gridRow({
        handle: 'heritage-can',
        title: 'Leafwell Heritage Can',
        body: '<p>Hammered copper with a brass handle.</p>',
        vendor: 'Leafwell',
        type: 'Watering Cans',
        tags: 'watering can',
        price: 59,
      }),
    ],
    300,
  );

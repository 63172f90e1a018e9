/**
 * A pottery-studio supply store as a Shopify products export, invented for issue 12's terse-order
 * and counted-container mechanisms: letter sizes and colours with one value sold out (so a search's
 * card does not list it), a clay sold by the weight with one weight sold out, a carry bag whose
 * title word "bag" is also how shoppers count other products, and products packed by the box.
 */
import { type ShopifyRow, shopifyCsv } from './shopify-csv.ts';

const ROWS: ShopifyRow[] = [
  {
    handle: 'wheelhouse-canvas-studio-apron',
    title: 'Wheelhouse Canvas Studio Apron',
    body: '<p>Heavy canvas apron with a split leg for working at the wheel and two deep pockets.</p>',
    vendor: 'Wheelhouse',
    type: 'Aprons',
    tags: 'apron, canvas',
    options: ['Size'],
    variants: [
      [['S'], 5, 38],
      [['M'], 0, 38],
      [['L'], 4, 38],
    ],
  },
  {
    handle: 'kilnmark-underglaze-pencil',
    title: 'Kilnmark Underglaze Pencil',
    body: '<p>A pencil for drawing on bisqueware; the line fires permanent under a clear glaze.</p>',
    vendor: 'Kilnmark',
    type: 'Decorating',
    tags: 'underglaze, pencil, drawing',
    options: ['Color'],
    variants: [
      [['Black'], 9, 7],
      [['Cobalt'], 6, 7],
      [['Red'], 0, 7],
    ],
  },
  {
    handle: 'riverbed-stoneware-clay',
    title: 'Riverbed Stoneware Clay',
    body: '<p>A smooth mid-fire stoneware body, cone 5 to 6, that throws tall without slumping.</p>',
    vendor: 'Riverbed',
    type: 'Clay',
    tags: 'clay, stoneware, cone 6',
    options: ['Weight'],
    variants: [
      [['10 lb'], 7, 19],
      [['25 lb'], 0, 39],
    ],
  },
  {
    handle: 'wheelhouse-tool-carry-bag',
    title: 'Wheelhouse Tool Carry Bag',
    body: '<p>A waxed canvas bag with loops for ribs, needles and sponges. Needles are not included.</p>',
    vendor: 'Wheelhouse',
    type: 'Storage',
    tags: 'bag, storage',
    options: ['Color'],
    variants: [
      [['Olive'], 5, 29],
      [['Rust'], 5, 29],
    ],
  },
  {
    handle: 'kilnmark-witness-cones',
    title: 'Kilnmark Witness Cones 25-Pack',
    body: '<p>Self-supporting pyrometric cones that show what the kiln really reached, 25 per box.</p>',
    vendor: 'Kilnmark',
    type: 'Kiln Supplies',
    tags: 'cones, kiln, firing',
    options: ['Cone'],
    variants: [
      [['Cone 04'], 8, 14],
      [['Cone 6'], 8, 14],
    ],
  },
  {
    handle: 'riverbed-sculpting-sponges',
    title: 'Riverbed Sponge Soft Pads 6-Pack',
    body: '<p>Fine-pore synthetic sponges for smoothing rims and lifting slip, six to a pack.</p>',
    vendor: 'Riverbed',
    type: 'Tools',
    tags: 'sponge, tools',
    options: ['Color'],
    variants: [
      [['Natural'], 12, 9],
      [['Sea Blue'], 12, 9],
    ],
  },
];

export function potteryCsv(): string {
  return shopifyCsv(ROWS, 200);
}

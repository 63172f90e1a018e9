/**
 * An invented woodworking hand-tool shop as a Shopify products export (English only), written for
 * branch dlg-en5 before the engine was touched: chisels by width in inch fractions (1/4") and in
 * millimetres (6 mm), saws by blade length in mm and by tooth (Rip, Crosscut), planes whose length
 * and weight are only in the text, clamps by length and by the pair, a marking knife by hand,
 * whetstones by grit ("1000/6000"), finishes by catalog colour names (Dark Walnut, Golden Oak),
 * sold-out values and combinations, yes/no facts only in the text, and two promo codes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  // Chisels.
  gridRow({
    handle: 'ashbourne-bevel-edge-chisel',
    title: 'Ashbourne Bevel Edge Chisel',
    body: '<p>A bench chisel in O1 tool steel hardened to 60 HRC, with a hornbeam handle you can strike with a mallet. Flattened and sharpened at the factory.</p>',
    vendor: 'Ashbourne',
    type: 'Chisels',
    tags: 'chisel, bench chisel, bevel edge',
    price: 49,
    options: { Width: ['1/4"', '1/2"', '3/4"', '1"'] },
    surcharge: { '3/4"': 4, '1"': 8 },
    soldOut: ['1"'],
  }),
  gridRow({
    handle: 'ashbourne-chisel-set',
    title: 'Ashbourne Bevel Edge Chisel Set of 4',
    body: '<p>The 1/4, 1/2, 3/4 and 1 inch bench chisels in a waxed canvas tool roll.</p>',
    vendor: 'Ashbourne',
    type: 'Chisels',
    tags: 'chisel set, bench chisels, gift',
    price: 179,
  }),
  gridRow({
    handle: 'kestrel-mortise-chisel',
    title: 'Kestrel Mortise Chisel',
    body: '<p>A thick, square-sided chisel for chopping mortises, with a leather washer under a steel hoop.</p>',
    vendor: 'Kestrel',
    type: 'Chisels',
    tags: 'chisel, mortise chisel, joinery',
    price: 59,
    options: { Width: ['6 mm', '8 mm', '10 mm', '12 mm'] },
    soldOut: ['10 mm'],
  }),
  // Planes.
  gridRow({
    handle: 'kestrel-no4-smoothing-plane',
    title: 'Kestrel No. 4 Smoothing Plane',
    body: '<p>A bench plane for final smoothing, 9 3/4 inches long with a 2 inch A2 iron. Ductile iron body, weighs 4.2 lb. Lifetime warranty.</p>',
    vendor: 'Kestrel',
    type: 'Planes',
    tags: 'plane, bench plane, smoother, smoothing',
    price: 229,
  }),
  gridRow({
    handle: 'kestrel-low-angle-block-plane',
    title: 'Kestrel Low Angle Block Plane',
    body: '<p>A one-hand plane for end grain and chamfers, 6 1/4 inches long, with a 12 degree bed and an adjustable mouth. Weighs 1.8 lb. Lifetime warranty.</p>',
    vendor: 'Kestrel',
    type: 'Planes',
    tags: 'plane, block plane, low angle',
    price: 139,
  }),
  gridRow({
    handle: 'ashbourne-no5-jack-plane',
    title: 'Ashbourne No. 5 Jack Plane',
    body: '<p>A general-purpose bench plane, 14 inches long, for flattening and removing stock. Cast iron body, weighs 5.3 lb. Two-year warranty.</p>',
    vendor: 'Ashbourne',
    type: 'Planes',
    tags: 'plane, bench plane, jack plane',
    price: 189,
  }),
  gridRow({
    handle: 'brightwood-router-plane',
    title: 'Brightwood Router Plane',
    body: '<p>Cuts dados and grooves to an even depth. Comes with a 1/4 inch and a 1/2 inch cutter. Weighs 2.1 lb.</p>',
    vendor: 'Brightwood',
    type: 'Planes',
    tags: 'plane, router plane, joinery',
    price: 169,
  }),
  // Saws.
  gridRow({
    handle: 'brightwood-dovetail-saw',
    title: 'Brightwood Dovetail Saw',
    body: '<p>A western back saw with a 9 inch blade, 0.5 mm thick, and a walnut handle. Filed rip at 15 teeth per inch, or crosscut at 18.</p>',
    vendor: 'Brightwood',
    type: 'Saws',
    tags: 'saw, dovetail saw, back saw, joinery',
    price: 89,
    options: { Tooth: ['Rip', 'Crosscut'] },
    soldOut: ['Crosscut'],
  }),
  gridRow({
    handle: 'brightwood-ryoba-saw',
    title: 'Brightwood Ryoba Pull Saw',
    body: '<p>A Japanese pull saw with rip teeth on one edge and crosscut teeth on the other. The blade is replaceable.</p>',
    vendor: 'Brightwood',
    type: 'Saws',
    tags: 'saw, japanese saw, pull saw, ryoba',
    price: 45,
    options: { 'Blade Length': ['210 mm', '240 mm', '270 mm'] },
    surcharge: { '240 mm': 10, '270 mm': 20 },
    soldOut: ['270 mm'],
  }),
  gridRow({
    handle: 'brightwood-flush-cut-saw',
    title: 'Brightwood Flush Cut Saw',
    body: '<p>A thin, flexible pull saw with no set, for cutting dowels and plugs flush without marking the surface.</p>',
    vendor: 'Brightwood',
    type: 'Saws',
    tags: 'saw, flush cut, pull saw',
    price: 29,
  }),
  // Marking and measuring.
  gridRow({
    handle: 'ashbourne-combination-square',
    title: 'Ashbourne Combination Square',
    body: '<p>A hardened stainless steel blade with imperial and metric graduations, on a cast head with a spirit level.</p>',
    vendor: 'Ashbourne',
    type: 'Marking',
    tags: 'square, combination square, measuring',
    price: 59,
    options: { Length: ['6"', '12"'] },
    surcharge: { '12"': 20 },
  }),
  gridRow({
    handle: 'kestrel-wheel-marking-gauge',
    title: 'Kestrel Wheel Marking Gauge',
    body: '<p>A marking gauge with a hardened cutting wheel and a brass-faced fence.</p>',
    vendor: 'Kestrel',
    type: 'Marking',
    tags: 'marking gauge, gauge, layout',
    price: 39,
  }),
  gridRow({
    handle: 'kestrel-marking-knife',
    title: 'Kestrel Marking Knife',
    body: '<p>A single-bevel knife for knife walls before sawing. Choose the bevel for the hand you hold it in.</p>',
    vendor: 'Kestrel',
    type: 'Marking',
    tags: 'marking knife, knife, layout',
    price: 25,
    options: { Hand: ['Right', 'Left'] },
    soldOut: ['Left'],
  }),
  // Sharpening.
  gridRow({
    handle: 'brightwood-combination-whetstone',
    title: 'Brightwood Combination Whetstone',
    body: '<p>A two-sided water stone, splash and go: no soaking needed. Comes on a non-slip rubber base.</p>',
    vendor: 'Brightwood',
    type: 'Sharpening',
    tags: 'whetstone, water stone, sharpening stone',
    price: 49,
    options: { Grit: ['400/1000', '1000/6000'] },
    surcharge: { '1000/6000': 16 },
  }),
  gridRow({
    handle: 'kestrel-honing-guide',
    title: 'Kestrel Honing Guide',
    body: '<p>Holds chisels and plane irons from 1/8 to 2 3/8 inches wide at a set angle on the stone.</p>',
    vendor: 'Kestrel',
    type: 'Sharpening',
    tags: 'honing guide, sharpening jig',
    price: 35,
  }),
  // Clamps and striking.
  gridRow({
    handle: 'kestrel-f-clamp',
    title: 'Kestrel F-Clamp',
    body: '<p>A steel bar clamp with a wooden handle and 3 inch throat.</p>',
    vendor: 'Kestrel',
    type: 'Clamps',
    tags: 'clamp, f clamp, bar clamp',
    price: 19,
    options: { Length: ['6"', '12"', '24"'], Pack: ['Single', 'Pair'] },
    surcharge: { '12"': 4, '24"': 9, Pair: 17 },
    soldOut: ['24"/Pair'],
  }),
  gridRow({
    handle: 'ashbourne-beech-mallet',
    title: 'Ashbourne Beech Mallet',
    body: "<p>A joiner's mallet with a beech head and ash handle, for driving chisels.</p>",
    vendor: 'Ashbourne',
    type: 'Clamps',
    tags: 'mallet, joiners mallet',
    price: 39,
    options: { Weight: ['16 oz', '24 oz'] },
  }),
  // Finishes and shop wear.
  gridRow({
    handle: 'brightwood-danish-oil',
    title: 'Brightwood Danish Oil',
    body: '<p>An oil and varnish blend that soaks in and hardens. Food safe once fully cured, after 30 days.</p>',
    vendor: 'Brightwood',
    type: 'Finishes',
    tags: 'finish, oil, danish oil',
    price: 19,
    options: { Size: ['500 ml', '1 L'], Color: ['Natural', 'Golden Oak', 'Dark Walnut'] },
    surcharge: { '1 L': 12 },
    soldOut: ['1 L/Dark Walnut'],
  }),
  gridRow({
    handle: 'ashbourne-paste-wax',
    title: 'Ashbourne Paste Wax',
    body: '<p>A beeswax and carnauba paste wax for furniture and for waxing plane soles. Not food safe.</p>',
    vendor: 'Ashbourne',
    type: 'Finishes',
    tags: 'finish, wax, paste wax',
    price: 15,
  }),
  gridRow({
    handle: 'brightwood-waxed-canvas-apron',
    title: 'Brightwood Waxed Canvas Apron',
    body: '<p>A waxed canvas shop apron with leather cross-back straps and five pockets. Water resistant.</p>',
    vendor: 'Brightwood',
    type: 'Apparel',
    tags: 'apron, shop apron',
    price: 69,
    options: { Color: ['Tobacco', 'Olive', 'Charcoal'] },
    soldOut: ['Olive'],
  }),
];

export function woodworkingCsv(): string {
  return shopifyCsv(ROWS, 700);
}

const PROMOS = [
  { code: 'SHAVINGS10', value: 10, min: 10000, ends: null, en: '10% off orders over $100' },
  { code: 'WINTER20', value: 20, min: 0, ends: '2024-02-28T23:59:59Z', en: '20% off, winter' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for larger orders, one that has ended). */
export async function insertWoodworkingPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

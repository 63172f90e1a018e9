/**
 * An invented knitting and yarn shop as a Shopify products export (English only, USD), written for
 * branch dlg-en11 before the engine was touched: yarn by weight class (worsted, DK, fingering) in
 * the shop's colourways (Heather Grey, Rust, Sea Glass, Oatmeal), needles by US size and length,
 * patterns whose titles name other product types ("Cozy Mittens Pattern", "Sock Yarn"), notions
 * that share words with needles ("Cable Needle", "Needle Gauge"), kits, and sold-out values.
 */
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Yarn.
  {
    handle: 'meadow-merino-worsted',
    title: 'Meadow Merino Worsted',
    body: '<p>Soft superwash merino in worsted weight. 100 g skein, 200 yards. Machine washable.</p>',
    vendor: 'Meadow',
    type: 'Yarn',
    tags: 'yarn, worsted, merino, wool, superwash',
    price: 14,
    options: { Color: ['Heather Grey', 'Rust', 'Sea Glass', 'Oatmeal'] },
    soldOut: ['Rust'],
  },
  {
    handle: 'meadow-cotton-dk',
    title: 'Meadow Cotton DK',
    body: '<p>A cool mercerised cotton in DK weight for summer tops and dishcloths. 50 g ball, 120 yards. Plant based, wool free.</p>',
    vendor: 'Meadow',
    type: 'Yarn',
    tags: 'yarn, dk, cotton, vegan',
    price: 7,
    options: { Color: ['Sea Glass', 'Oatmeal', 'Coral'] },
  },
  {
    handle: 'highland-sock-yarn',
    title: 'Highland Sock Yarn',
    body: '<p>A hard-wearing fingering weight blend of 75% wool and 25% nylon for socks. 100 g skein, 400 yards.</p>',
    vendor: 'Highland',
    type: 'Yarn',
    tags: 'yarn, fingering, sock, wool, nylon',
    price: 24,
    options: { Color: ['Heather Grey', 'Rust', 'Forest'] },
  },
  {
    handle: 'highland-chunky-alpaca',
    title: 'Highland Chunky Alpaca',
    body: '<p>A lofty bulky weight alpaca blend that knits up fast. 100 g skein, 110 yards. Hand wash only.</p>',
    vendor: 'Highland',
    type: 'Yarn',
    tags: 'yarn, bulky, chunky, alpaca',
    price: 19,
    options: { Color: ['Oatmeal', 'Charcoal'] },
  },
  {
    handle: 'budget-acrylic-worsted',
    title: 'Basics Acrylic Worsted',
    body: '<p>An affordable acrylic worsted yarn, great for blankets and for beginners. 100 g, 210 yards.</p>',
    vendor: 'Basics',
    type: 'Yarn',
    tags: 'yarn, worsted, acrylic, beginner',
    price: 5,
    options: { Color: ['Rust', 'Charcoal', 'Coral', 'White'] },
  },
  // Needles.
  {
    handle: 'birchwood-straight-needles',
    title: 'Birchwood Straight Needles',
    body: '<p>Smooth birch straight needles, 10 inches long. Warm to the touch and light.</p>',
    vendor: 'Birchwood',
    type: 'Needles',
    tags: 'needles, straight, wood, bamboo',
    price: 9,
    options: { Size: ['US 6', 'US 8', 'US 10'] },
    soldOut: ['US 10'],
  },
  {
    handle: 'swiftsteel-circular-needles',
    title: 'Swiftsteel Circular Needles',
    body: '<p>Fast nickel-plated circular needles with a flexible cable that does not kink.</p>',
    vendor: 'Swiftsteel',
    type: 'Needles',
    tags: 'needles, circular, metal',
    price: 15,
    options: { Size: ['US 6', 'US 8'], Length: ['16 in', '24 in', '32 in'] },
    surcharge: { '32 in': 2 },
  },
  {
    handle: 'birchwood-dpn-set',
    title: 'Birchwood Double Pointed Set',
    body: '<p>A set of five double pointed needles for socks, hats and sleeves. 6 inches long.</p>',
    vendor: 'Birchwood',
    type: 'Needles',
    tags: 'needles, double pointed, dpn, socks',
    price: 12,
    options: { Size: ['US 1', 'US 2', 'US 3'] },
  },
  // Hooks.
  {
    handle: 'swiftsteel-crochet-hook',
    title: 'Swiftsteel Ergonomic Crochet Hook',
    body: '<p>An aluminium crochet hook with a soft ergonomic handle.</p>',
    vendor: 'Swiftsteel',
    type: 'Hooks',
    tags: 'crochet, hook',
    price: 8,
    options: { Size: ['4 mm', '5 mm', '6 mm'] },
  },
  // Notions.
  {
    handle: 'birchwood-cable-needle',
    title: 'Birchwood Cable Needle',
    body: '<p>A short bent cable needle that holds stitches while you cross them.</p>',
    vendor: 'Birchwood',
    type: 'Notions',
    tags: 'notion, cable, tool',
    price: 4,
  },
  {
    handle: 'swiftsteel-needle-gauge',
    title: 'Swiftsteel Needle Gauge',
    body: '<p>A metal gauge ruler that tells the size of any unmarked needle.</p>',
    vendor: 'Swiftsteel',
    type: 'Notions',
    tags: 'notion, gauge, ruler, tool',
    price: 6,
  },
  {
    handle: 'stitch-markers',
    title: 'Locking Stitch Markers',
    body: '<p>A tub of 40 locking stitch markers in mixed colours.</p>',
    vendor: 'Basics',
    type: 'Notions',
    tags: 'notion, markers',
    price: 5,
  },
  {
    handle: 'yarn-swift',
    title: 'Birchwood Yarn Swift',
    body: '<p>An umbrella swift that holds a skein while you wind it into a ball. Clamps to a table.</p>',
    vendor: 'Birchwood',
    type: 'Notions',
    tags: 'swift, winding, tool',
    price: 45,
  },
  // Patterns and kits.
  {
    handle: 'cozy-mittens-pattern',
    title: 'Cozy Mittens Pattern',
    body: '<p>A printed pattern for cabled mittens in worsted yarn, sizes child to adult.</p>',
    vendor: 'Meadow',
    type: 'Patterns',
    tags: 'pattern, mittens, cables',
    price: 6,
  },
  {
    handle: 'first-socks-pattern',
    title: 'First Socks Pattern',
    body: '<p>A beginner pattern for top-down socks in fingering yarn.</p>',
    vendor: 'Highland',
    type: 'Patterns',
    tags: 'pattern, socks, beginner',
    price: 5,
  },
  {
    handle: 'learn-to-knit-kit',
    title: 'Learn to Knit Scarf Kit',
    body: '<p>Everything to knit your first scarf: two skeins of acrylic worsted, US 8 needles and a step by step booklet. For beginners and kids over 8.</p>',
    vendor: 'Basics',
    type: 'Kits',
    tags: 'kit, beginner, scarf, gift',
    price: 29,
    options: { Color: ['Rust', 'Sea Glass'] },
  },
  {
    handle: 'hat-kit',
    title: 'Highland Alpaca Hat Kit',
    body: '<p>A kit with one skein of chunky alpaca, a pattern and a pompom. Knits in an evening.</p>',
    vendor: 'Highland',
    type: 'Kits',
    tags: 'kit, hat, alpaca, gift',
    price: 34,
    options: { Color: ['Oatmeal', 'Charcoal'] },
    soldOut: ['Charcoal'],
  },
];

export function knittingCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 100);
}

/** The shop's policy text: shipping and returns. */
export const KNITTING_POLICY = [
  'Shipping: orders ship in 1 to 2 business days; delivery takes 3 to 6 business days in the US.',
  'Shipping is free on orders over $75; below that it costs $5.',
  'Returns: unwound yarn in its original label can be returned within 60 days. Printed patterns are final sale.',
].join('\n');

/**
 * An invented rug tufting supplies shop as a Shopify products export (English only, USD), written
 * for branch dlg-en7 before the engine was touched: tufting guns by pile (cut, loop) and plug,
 * yarn sold by the cone in the shop's own colour names (Rust, Sage, Oat, Cobalt, Blush), tufting
 * cloth by the width in metres, frames in sizes said as words (Small, Medium, Large), glue by the
 * litre, punch needles by number, weights and facts only in the text, sold-out values and
 * combinations, and two promo codes (one ended).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  // Tufting guns.
  gridRow({
    handle: 'loomline-cut-pile-gun',
    title: 'Loomline Cut Pile Tufting Gun',
    body: '<p>An electric tufting gun that cuts every stitch for a plush cut pile. Pile height 7 to 21 mm, speed dial on the handle. Weighs 1.6 kg. Comes with a carry case, an oiling bottle and a spare needle.</p>',
    vendor: 'Loomline',
    type: 'Tufting Guns',
    tags: 'tufting gun, cut pile, electric, beginner',
    price: 169,
    options: { Plug: ['US', 'EU', 'UK'] },
    soldOut: ['UK'],
  }),
  gridRow({
    handle: 'loomline-loop-pile-gun',
    title: 'Loomline Loop Pile Tufting Gun',
    body: '<p>An electric tufting gun for loop pile, 10 to 14 mm loops. Weighs 1.4 kg. Comes with an oiling bottle. No case included.</p>',
    vendor: 'Loomline',
    type: 'Tufting Guns',
    tags: 'tufting gun, loop pile, electric',
    price: 149,
    options: { Plug: ['US', 'EU', 'UK'] },
  }),
  gridRow({
    handle: 'tuftforge-duo-gun',
    title: 'Tuftforge Duo Tufting Gun',
    body: '<p>A two-in-one gun that switches between cut and loop pile with one lever. Weighs 2.1 kg. Brushless motor, quieter than most. Comes with a hard case, two spare needles and a two year warranty.</p>',
    vendor: 'Tuftforge',
    type: 'Tufting Guns',
    tags: 'tufting gun, cut pile, loop pile, 2 in 1, brushless',
    price: 289,
    options: { Plug: ['US', 'EU'] },
  }),
  gridRow({
    handle: 'tuftforge-pneumatic-gun',
    title: 'Tuftforge Pneumatic Tufting Gun',
    body: '<p>A professional air-powered cut pile gun for long runs, 1.1 kg. Needs an air compressor of at least 8 bar (not included).</p>',
    vendor: 'Tuftforge',
    type: 'Tufting Guns',
    tags: 'tufting gun, cut pile, pneumatic, professional',
    price: 379,
  }),
  // Yarn.
  gridRow({
    handle: 'fibrehouse-acrylic-cone',
    title: 'Fibrehouse Acrylic Rug Yarn Cone',
    body: '<p>Soft acrylic yarn on a cone, machine washable, made for tufting guns. Each cone is 2 ply.</p>',
    vendor: 'Fibrehouse',
    type: 'Yarn',
    tags: 'yarn, acrylic yarn, rug yarn, cone',
    price: 12,
    options: { Color: ['Rust', 'Sage', 'Oat', 'Cobalt', 'Blush'], Weight: ['500 g', '1 kg'] },
    surcharge: { '1 kg': 9 },
    soldOut: ['Cobalt/1 kg', 'Blush'],
  }),
  gridRow({
    handle: 'fibrehouse-wool-cone',
    title: 'Fibrehouse Wool Rug Yarn Cone',
    body: '<p>New Zealand wool, naturally flame resistant and hard wearing, for rugs that get walked on. Hand wash only.</p>',
    vendor: 'Fibrehouse',
    type: 'Yarn',
    tags: 'yarn, wool yarn, rug yarn, cone',
    price: 24,
    options: { Color: ['Rust', 'Oat', 'Charcoal'], Weight: ['500 g', '1 kg'] },
    surcharge: { '1 kg': 18 },
  }),
  gridRow({
    handle: 'fibrehouse-yarn-sampler',
    title: 'Fibrehouse Mini Yarn Sampler',
    body: '<p>Twelve 50 gram mini skeins in every acrylic shade, for testing colours before you buy cones.</p>',
    vendor: 'Fibrehouse',
    type: 'Yarn',
    tags: 'yarn, sampler, acrylic yarn',
    price: 19,
  }),
  // Cloth and backing.
  gridRow({
    handle: 'loomline-tufting-cloth',
    title: 'Loomline Primary Tufting Cloth',
    body: '<p>Polyester primary tufting cloth with a printed guide grid, sold by the metre length. Works with cut and loop guns.</p>',
    vendor: 'Loomline',
    type: 'Cloth & Backing',
    tags: 'tufting cloth, primary cloth, fabric',
    price: 14,
    options: { Width: ['1.5 m', '2 m', '3 m'] },
    surcharge: { '2 m': 5, '3 m': 12 },
    soldOut: ['3 m'],
  }),
  gridRow({
    handle: 'loomline-monks-cloth',
    title: "Loomline Monk's Cloth",
    body: "<p>Cotton monk's cloth for punch needles and hand tufting, sold by the metre. Not strong enough for tufting guns.</p>",
    vendor: 'Loomline',
    type: 'Cloth & Backing',
    tags: "monk's cloth, punch needle fabric, fabric",
    price: 11,
    options: { Width: ['1.5 m', '2 m'] },
    surcharge: { '2 m': 4 },
  }),
  gridRow({
    handle: 'gripstep-felt-backing',
    title: 'Gripstep Felt Backing',
    body: '<p>A soft felt backing to glue over the back of a finished rug, sold by the metre. Non-slip dots on one side.</p>',
    vendor: 'Gripstep',
    type: 'Cloth & Backing',
    tags: 'backing, felt, finishing',
    price: 9,
    options: { Color: ['Grey', 'Black', 'White'] },
  }),
  // Glue.
  gridRow({
    handle: 'gripstep-latex-glue',
    title: 'Gripstep Latex Carpet Glue',
    body: '<p>A water-based latex adhesive that locks tufts in place. About 1 litre covers a square metre of rug. Dries in 12 hours. Low odour.</p>',
    vendor: 'Gripstep',
    type: 'Glue',
    tags: 'glue, latex glue, carpet glue, adhesive',
    price: 18,
    options: { Size: ['1 L', '4 L', '10 L'] },
    surcharge: { '4 L': 34, '10 L': 72 },
    soldOut: ['10 L'],
  }),
  gridRow({
    handle: 'gripstep-spray-glue',
    title: 'Gripstep Spray Adhesive',
    body: '<p>A fast-tack spray for fixing felt backing and edging tape, dries in 10 minutes. Strong odour, use outdoors.</p>',
    vendor: 'Gripstep',
    type: 'Glue',
    tags: 'glue, spray glue, adhesive',
    price: 15,
  }),
  // Frames.
  gridRow({
    handle: 'tuftforge-tufting-frame',
    title: 'Tuftforge Tufting Frame',
    body: '<p>A pine frame with carpet gripper strips on all four sides and clamps for the table. Small works 60 by 60 cm, Medium 90 by 90 cm, Large 120 by 120 cm. Ships flat, assembly takes ten minutes.</p>',
    vendor: 'Tuftforge',
    type: 'Frames',
    tags: 'tufting frame, frame, gripper',
    price: 79,
    options: { Size: ['Small', 'Medium', 'Large'] },
    surcharge: { Medium: 30, Large: 60 },
    soldOut: ['Large'],
  }),
  gridRow({
    handle: 'tuftforge-easel-frame',
    title: 'Tuftforge Standing Easel Frame',
    body: '<p>A freestanding steel frame on legs with height adjustment, 100 by 100 cm working area. Weighs 14 kg. No table needed.</p>',
    vendor: 'Tuftforge',
    type: 'Frames',
    tags: 'tufting frame, easel, stand',
    price: 239,
  }),
  gridRow({
    handle: 'gripstep-gripper-strips',
    title: 'Gripstep Carpet Gripper Strips',
    body: '<p>Replacement gripper strips with sharp angled pins, pack of four 1 metre strips, for building your own frame.</p>',
    vendor: 'Gripstep',
    type: 'Frames',
    tags: 'gripper strips, diy frame, tack strips',
    price: 16,
  }),
  // Finishing tools.
  gridRow({
    handle: 'shearcraft-carving-trimmer',
    title: 'Shearcraft Carving Trimmer',
    body: '<p>A cordless electric carving trimmer for sculpting and levelling pile, with three guards (3, 6 and 9 mm). 90 minutes per charge.</p>',
    vendor: 'Shearcraft',
    type: 'Finishing Tools',
    tags: 'carving, trimmer, clippers, finishing',
    price: 59,
  }),
  gridRow({
    handle: 'shearcraft-rug-shears',
    title: 'Shearcraft Rug Carving Shears',
    body: '<p>Bent-handle carving scissors with 6 inch stainless blades, for cleaning up edges by hand.</p>',
    vendor: 'Shearcraft',
    type: 'Finishing Tools',
    tags: 'scissors, shears, carving, finishing',
    price: 22,
    options: { Hand: ['Right', 'Left'] },
    soldOut: ['Left'],
  }),
  gridRow({
    handle: 'shearcraft-edging-tape',
    title: 'Shearcraft Rug Edging Tape',
    body: '<p>Cotton binding tape for a clean rug edge, 25 metre roll, 32 mm wide.</p>',
    vendor: 'Shearcraft',
    type: 'Finishing Tools',
    tags: 'edging tape, binding, finishing',
    price: 13,
    options: { Color: ['Oat', 'Charcoal'] },
  }),
  // Small tools and spares.
  gridRow({
    handle: 'fibrehouse-yarn-winder',
    title: 'Fibrehouse Yarn Winder',
    body: '<p>A hand-crank winder that turns skeins into centre-pull balls, up to 100 grams each. Clamps to a table.</p>',
    vendor: 'Fibrehouse',
    type: 'Small Tools',
    tags: 'yarn winder, winder, tools',
    price: 29,
  }),
  gridRow({
    handle: 'loomline-punch-needle',
    title: 'Loomline Oxford Punch Needle',
    body: "<p>A wooden-handled punch needle for hand punching into monk's cloth, no power needed. Number 10 makes a regular loop, number 14 a fine loop.</p>",
    vendor: 'Loomline',
    type: 'Small Tools',
    tags: 'punch needle, hand tool, beginner',
    price: 38,
    options: { Size: ['No. 10', 'No. 14'] },
  }),
  gridRow({
    handle: 'loomline-gun-oil',
    title: 'Loomline Tufting Gun Oil',
    body: '<p>A light machine oil for the moving parts of any tufting gun, 100 ml bottle with a needle tip.</p>',
    vendor: 'Loomline',
    type: 'Small Tools',
    tags: 'oil, maintenance, tufting gun',
    price: 8,
  }),
  gridRow({
    handle: 'loomline-spare-needles',
    title: 'Loomline Spare Needle Set',
    body: '<p>Two replacement needles and a threader for Loomline guns. Does not fit Tuftforge guns.</p>',
    vendor: 'Loomline',
    type: 'Small Tools',
    tags: 'needles, spare parts, tufting gun',
    price: 17,
  }),
  gridRow({
    handle: 'tuftforge-projector',
    title: 'Tuftforge Pocket Projector',
    body: '<p>A small LED projector for tracing a design onto tufting cloth, 200 lumens, battery runs 2 hours. Tripod included.</p>',
    vendor: 'Tuftforge',
    type: 'Small Tools',
    tags: 'projector, design, tracing',
    price: 119,
  }),
  // Kits.
  gridRow({
    handle: 'loomline-starter-kit',
    title: 'Loomline Tufting Starter Kit',
    body: '<p>Everything for a first rug: the cut pile gun, a small frame, 2 metres of tufting cloth, four 500 g acrylic cones, 1 litre of latex glue and felt backing. Saves about 20 % against buying each.</p>',
    vendor: 'Loomline',
    type: 'Kits',
    tags: 'kit, starter kit, beginner, bundle',
    price: 279,
    options: { Plug: ['US', 'EU'] },
  }),
  gridRow({
    handle: 'loomline-punch-kit',
    title: 'Loomline Punch Needle Kit',
    body: "<p>A punch needle, a 30 cm hoop, monk's cloth and six mini skeins, for a small wall hanging. Good for ages 10 and up.</p>",
    vendor: 'Loomline',
    type: 'Kits',
    tags: 'kit, punch needle, beginner, kids',
    price: 45,
  }),
];

export function tuftingCsv(): string {
  return shopifyCsv(ROWS, 500);
}

const PROMOS = [
  { code: 'TUFT15', value: 15, min: 15000, ends: null, en: '15% off orders over $150' },
  { code: 'LOOPWEEK', value: 25, min: 0, ends: '2024-09-30T23:59:59Z', en: '25% off, loop week' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for orders over $150, one that has ended). */
export async function insertTuftingPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

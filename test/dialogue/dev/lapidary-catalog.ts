/**
 * An invented lapidary and rock tumbling shop as a Shopify products export (English only, USD),
 * written for branch dlg-en9 before the engine was touched: tumblers by barrel capacity, grit kits by
 * weight, saw blades by diameter in inch fractions, rough rock by weight and grade, cabbing machines
 * by wheel size; colours spelt the shop's way ("Midnight Blue", "Forest Green"); facts (what is
 * included, materials, figures, yes/no) only in the text; sold-out values; one promo code.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  gridRow({
    handle: 'grindstone-rotary-tumbler',
    title: 'Grindstone Rotary Rock Tumbler',
    body: '<p>A rotary rock tumbler with a rubber barrel that keeps it quiet. Motor rated for continuous running, 3-speed timer. Comes with a starter grit kit and a polishing pellet bag. Power cord is 6 feet long. Barrel is not dishwasher safe; rinse by hand. 1 year warranty on the motor.</p>',
    vendor: 'Grindstone',
    type: 'Rock Tumblers',
    tags: 'tumbler, rotary, beginner, kids',
    price: 89,
    options: { Capacity: ['3 lb', '6 lb', '15 lb'], Color: ['Midnight Blue', 'Charcoal'] },
    surcharge: { '6 lb': 40, '15 lb': 150 },
    soldOut: ['15 lb', '6 lb/Midnight Blue'],
  }),
  gridRow({
    handle: 'vibra-vibratory-tumbler',
    title: 'Vibra Vibratory Tumbler',
    body: '<p>A vibratory tumbler that polishes in days instead of weeks and keeps the shape of the stone. Bowl holds 2 liters. Made of cast aluminum with a polyurethane-lined bowl. Lid included. Does not come with grit. Not for kids under 12.</p>',
    vendor: 'Vibra',
    type: 'Rock Tumblers',
    tags: 'tumbler, vibratory, fast',
    price: 199,
    options: { Capacity: ['2L', '4L'] },
    surcharge: { '4L': 80 },
    soldOut: ['4L'],
  }),
  gridRow({
    handle: 'silicon-carbide-grit-kit',
    title: 'Silicon Carbide Grit Kit',
    body: '<p>Four steps of grit for rotary tumblers: 60/90 coarse, 120/220 medium, 500 pre-polish and aluminum oxide polish. Enough for about 4 full runs of a 3 lb barrel. Non-toxic. Comes in resealable pouches.</p>',
    vendor: 'Grindstone',
    type: 'Grit',
    tags: 'grit, abrasive, polish, refill',
    price: 24,
    options: { Weight: ['1 lb', '2 lb', '5 lb'] },
    surcharge: { '2 lb': 14, '5 lb': 40 },
    soldOut: ['5 lb'],
  }),
  gridRow({
    handle: 'cerium-oxide-polish',
    title: 'Cerium Oxide Polish',
    body: '<p>Optical grade cerium oxide for a glass-like shine on quartz, agate and glass. Pink powder, 8 oz jar. Works in tumblers and on felt cabbing wheels.</p>',
    vendor: 'Lustre',
    type: 'Grit',
    tags: 'polish, cerium, final step',
    price: 18,
  }),
  gridRow({
    handle: 'cabmaster-cabbing-machine',
    title: 'CabMaster Cabbing Machine',
    body: '<p>A six-wheel cabbing machine for shaping and polishing cabochons. Diamond wheels from 80 to 3000 grit plus a canvas polishing pad. Stainless steel drip pan and built-in water cooling. 1/3 HP motor, 1725 RPM. Weighs 58 lb. 2 year warranty. Does not come with a trim saw.</p>',
    vendor: 'CabMaster',
    type: 'Cabbing Machines',
    tags: 'cabbing, cabochon, grinder, polisher',
    price: 1299,
    options: { 'Wheel Size': ['6"', '8"'] },
    surcharge: { '8"': 400 },
    soldOut: ['8"'],
  }),
  gridRow({
    handle: 'diamond-trim-saw-blade',
    title: 'Diamond Trim Saw Blade',
    body: '<p>A sintered diamond trim saw blade with a notched rim for slicing slabs and trimming rough. Thin 0.025 inch kerf. Use with water or coolant only. Fits arbors of the listed size.</p>',
    vendor: 'Kerfline',
    type: 'Saw Blades',
    tags: 'blade, saw, diamond, trim saw',
    price: 39,
    options: { Diameter: ['4"', '6"', '8"'], Arbor: ['1/2"', '5/8"'] },
    surcharge: { '6"': 15, '8"': 35 },
    soldOut: ['8"/1/2"', '4"/5/8"'],
  }),
  gridRow({
    handle: 'kerfline-tile-saw',
    title: 'Kerfline Lapidary Trim Saw',
    body: '<p>A 7 inch lapidary trim saw with a splash guard and a cast iron table. Takes blades up to 7 inches on a 5/8 inch arbor. Blade included. Cuts rock up to 2 inches thick.</p>',
    vendor: 'Kerfline',
    type: 'Saws',
    tags: 'saw, trim saw, slab',
    price: 349,
  }),
  gridRow({
    handle: 'brazilian-agate-rough',
    title: 'Brazilian Agate Rough',
    body: '<p>Tumble-ready agate rough from Brazil, in banded grey, blue and brown, pieces 1 to 2 inches. Grade A. Great for beginners: it polishes to a high shine.</p>',
    vendor: 'Quarry Co',
    type: 'Rough Rock',
    tags: 'rough, agate, tumbling rough, rocks',
    price: 19,
    options: { Weight: ['1 lb', '3 lb', '10 lb'] },
    surcharge: { '3 lb': 30, '10 lb': 110 },
    soldOut: ['10 lb'],
  }),
  gridRow({
    handle: 'jasper-mix-rough',
    title: 'Jasper Mix Rough',
    body: '<p>A mix of red, yellow and picture jasper rough, pieces about 1 inch. Grade B: some pitting. Sold by the pound.</p>',
    vendor: 'Quarry Co',
    type: 'Rough Rock',
    tags: 'rough, jasper, tumbling rough, rocks',
    price: 12,
    options: { Weight: ['1 lb', '5 lb'] },
    surcharge: { '5 lb': 38 },
  }),
  gridRow({
    handle: 'ceramic-tumbling-media',
    title: 'Ceramic Tumbling Media',
    body: '<p>Small ceramic pellets that cushion stones in the barrel and carry grit into crevices. Reusable. 2 lb bag. Pellets are 3/8 inch.</p>',
    vendor: 'Grindstone',
    type: 'Tumbling Media',
    tags: 'media, pellets, filler',
    price: 16,
    options: { Size: ['Small', 'Large'] },
    soldOut: ['Large'],
  }),
  gridRow({
    handle: 'rubber-replacement-barrel',
    title: 'Rubber Replacement Barrel',
    body: '<p>A spare rubber barrel with lid and gasket for Grindstone tumblers. Molded rubber, 4 inch inner diameter on the 3 lb.</p>',
    vendor: 'Grindstone',
    type: 'Parts',
    tags: 'barrel, spare, replacement, parts',
    price: 29,
    options: { Capacity: ['3 lb', '6 lb'], Color: ['Forest Green', 'Black'] },
    soldOut: ['3 lb/Forest Green'],
  }),
  gridRow({
    handle: 'loupe-10x',
    title: 'Jeweler Loupe 10x',
    body: '<p>A triplet 10x jeweler loupe with a chrome body and a leather case. Lens is 21 mm across. Comes with a lanyard.</p>',
    vendor: 'Lustre',
    type: 'Tools',
    tags: 'loupe, magnifier, inspection',
    price: 22,
    options: { Finish: ['Chrome', 'Black'] },
    soldOut: ['Black'],
  }),
];

export function lapidaryCsv(): string {
  return shopifyCsv(ROWS, 500);
}

/** This store's policy: shipping, returns and warranty are covered; pickup, gift wrap, price match are not. */
export const LAPIDARY_POLICY = [
  'Shipping: orders ship within 2 business days from Arizona. Standard shipping is $7.95 and free on orders over $75.',
  'Rough rock ships by ground only. We ship to the US and Canada; we do not ship to other countries.',
  'Returns: unused items can be returned within 30 days for a refund. Grit and polish cannot be returned once opened.',
  'Machines carry the maker warranty stated on their page; contact us and we will handle the claim.',
].join(' ');

const PROMOS = [{ code: 'TUMBLE15', value: 15, min: 5000, ends: null, en: '15% off orders over $50' }];

/** This shop's promo code beside the harness's SAVE10. */
export async function insertLapidaryPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

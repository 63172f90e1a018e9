/**
 * An invented home-gym equipment store as a Shopify products export (English only, US dollars),
 * written for branch dlg-es8 before the engine was touched, for Spanish-speaking shoppers who name
 * what they want by a Spanish kind word or a use ("pesas", "mancuernas", "colchoneta", "lazo para
 * saltar", "algo para hacer dominadas"): dumbbells by weight in pounds, kettlebells, resistance
 * bands by strength, a jump rope, a pull-up bar, gym gloves by letter size, a weight bench that
 * ships unassembled, a heart-rate monitor whose battery is included only in the Body, sold-out
 * values and two promo codes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Free weights.
  {
    handle: 'hex-rubber-dumbbell',
    title: 'Hex Rubber Dumbbell',
    body: '<p>Single hexagonal dumbbell with a rubber-coated head that will not roll, knurled chrome handle. Sold one at a time: buy two for a pair.</p>',
    vendor: 'IronNest',
    type: 'Dumbbells',
    tags: 'dumbbell, free weight, hex',
    price: 18,
    options: { Weight: ['10 lb', '15 lb', '20 lb', '25 lb'] },
    surcharge: { '15 lb': 7, '20 lb': 14, '25 lb': 21 },
    soldOut: ['25 lb'],
  },
  {
    handle: 'adjustable-dumbbell-set',
    title: 'Adjustable Dumbbell Set',
    body: '<p>Pair of dial dumbbells that adjust from 5 to 52.5 lb each in 15 steps, with a storage tray. Replaces 15 pairs of dumbbells.</p>',
    vendor: 'IronNest',
    type: 'Dumbbells',
    tags: 'dumbbell, adjustable, pair, set',
    price: 329,
  },
  {
    handle: 'cast-iron-kettlebell',
    title: 'Cast Iron Kettlebell',
    body: '<p>One-piece cast iron kettlebell with a wide flat base and a powder-coated handle for a sure grip.</p>',
    vendor: 'IronNest',
    type: 'Kettlebells',
    tags: 'kettlebell, free weight, swing',
    price: 35,
    options: { Weight: ['8 kg', '12 kg', '16 kg'] },
    surcharge: { '12 kg': 15, '16 kg': 30 },
  },
  {
    handle: 'olympic-bumper-plate',
    title: 'Olympic Bumper Plate',
    body: '<p>Solid rubber bumper plate with a steel insert for 2-inch olympic bars. Sold singly.</p>',
    vendor: 'IronNest',
    type: 'Weight Plates',
    tags: 'plate, bumper, olympic, weight',
    price: 45,
    options: { Weight: ['10 lb', '25 lb', '45 lb'] },
    surcharge: { '25 lb': 30, '45 lb': 70 },
  },
  // Benches and racks.
  {
    handle: 'folding-weight-bench',
    title: 'Folding Weight Bench',
    body: '<p>Adjustable bench with 7 back positions and a decline leg holder, holds up to 600 lb. Ships unassembled, tools included; folds flat for storage.</p>',
    vendor: 'IronNest',
    type: 'Benches',
    tags: 'bench, weight bench, adjustable, incline',
    price: 159,
    options: { Color: ['Black', 'Red'] },
  },
  {
    handle: 'doorway-pull-up-bar',
    title: 'Doorway Pull-Up Bar',
    body: '<p>Pull-up bar that hangs on a door frame 24 to 32 inches wide, no screws needed. Holds up to 300 lb. Foam grips.</p>',
    vendor: 'IronNest',
    type: 'Pull-Up Bars',
    tags: 'pull-up, chin-up, doorway, bar',
    price: 39,
  },
  // Mats and bands.
  {
    handle: 'high-density-exercise-mat',
    title: 'High-Density Exercise Mat',
    body: '<p>Thick foam floor mat for stretching, sit-ups and floor work, 72 by 24 inches, with a carry strap.</p>',
    vendor: 'Floorline',
    type: 'Exercise Mats',
    tags: 'mat, floor, stretching, sit-ups',
    price: 29,
    options: { Thickness: ['10 mm', '15 mm'], Color: ['Blue', 'Gray'] },
    surcharge: { '15 mm': 8 },
    soldOut: ['15 mm/Gray'],
  },
  {
    handle: 'resistance-loop-bands',
    title: 'Resistance Loop Bands',
    body: '<p>Set of 5 latex loop bands from extra light to extra heavy, with a mesh bag and an exercise guide.</p>',
    vendor: 'Floorline',
    type: 'Resistance Bands',
    tags: 'bands, resistance, loop, elastic',
    price: 19,
  },
  {
    handle: 'long-power-band',
    title: 'Long Power Band',
    body: '<p>41-inch latex band for assisted pull-ups and stretching, sold singly.</p>',
    vendor: 'Floorline',
    type: 'Resistance Bands',
    tags: 'band, resistance, pull-up assist',
    price: 15,
    options: { Strength: ['Light', 'Medium', 'Heavy'] },
    surcharge: { Medium: 5, Heavy: 10 },
    soldOut: ['Heavy'],
  },
  // Cardio.
  {
    handle: 'speed-jump-rope',
    title: 'Speed Jump Rope',
    body: '<p>Steel cable jump rope with ball-bearing handles, adjustable length up to 10 feet.</p>',
    vendor: 'Floorline',
    type: 'Jump Ropes',
    tags: 'jump rope, skipping, cardio',
    price: 14,
    options: { Color: ['Black', 'Pink'] },
  },
  {
    handle: 'chest-strap-heart-rate-monitor',
    title: 'Chest Strap Heart Rate Monitor',
    body: '<p>Bluetooth and ANT+ chest strap, works with most fitness apps. Runs on one CR2032 coin battery, included. Water resistant, not for swimming.</p>',
    vendor: 'Pulsewise',
    type: 'Heart Rate Monitors',
    tags: 'heart rate, monitor, chest strap, bluetooth',
    price: 59,
  },
  // Accessories.
  {
    handle: 'padded-lifting-gloves',
    title: 'Padded Lifting Gloves',
    body: '<p>Half-finger gloves with padded palms and a wrist wrap for lifting.</p>',
    vendor: 'Pulsewise',
    type: 'Gloves',
    tags: 'gloves, lifting, grip',
    price: 22,
    options: { Size: ['S', 'M', 'L', 'XL'] },
    soldOut: ['XL'],
  },
  {
    handle: 'foam-roller',
    title: 'Foam Roller',
    body: '<p>Firm EVA foam roller for muscle recovery, 18 inches long.</p>',
    vendor: 'Floorline',
    type: 'Recovery',
    tags: 'foam roller, massage, recovery',
    price: 24,
    options: { Color: ['Black', 'Orange'] },
  },
  {
    handle: 'insulated-shaker-bottle',
    title: 'Insulated Shaker Bottle',
    body: '<p>Double-wall stainless shaker bottle with a mixing ball, 24 oz, keeps drinks cold for 12 hours.</p>',
    vendor: 'Pulsewise',
    type: 'Bottles',
    tags: 'shaker, bottle, protein',
    price: 27,
  },
];

export function gymEsCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 900);
}

const PROMOS = [
  { code: 'LIFT15', value: 15, min: 10000, ends: null, en: '15% off orders over $100' },
  { code: 'NEWYEAR25', value: 25, min: 0, ends: '2025-01-15T23:59:59Z', en: '25% off, new year resolutions' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for orders over $100, one that has ended). */
export async function insertGymEsPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

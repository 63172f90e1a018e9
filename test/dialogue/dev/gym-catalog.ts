/**
 * An invented home gym equipment shop as a Shopify products export (English only, USD), written for
 * branch dlg-en8 before the engine was touched: dumbbells and kettlebells by weight in the shop's
 * own units (lb), bars by length, bands by resistance, mats by thickness, facts (weights, beginner,
 * foldable, what is included, max load) only in the text, sold-out values, two promo codes (one ended).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  gridRow({
    handle: 'ironhold-hex-dumbbell',
    title: 'Ironhold Rubber Hex Dumbbell',
    body: '<p>A rubber-coated hex dumbbell with a knurled chrome handle. Sold singly. Will not roll.</p>',
    vendor: 'Ironhold',
    type: 'Dumbbells',
    tags: 'dumbbell, free weight, hex',
    price: 20,
    options: { Weight: ['10 lb', '20 lb', '30 lb'] },
    surcharge: { '20 lb': 15, '30 lb': 30 },
    soldOut: ['30 lb'],
  }),
  gridRow({
    handle: 'ironhold-adjustable-dumbbell',
    title: 'Ironhold Adjustable Dumbbell Pair',
    body: '<p>A pair of dial dumbbells that go from 5 to 52 lb each, replacing fifteen sets. Comes with two storage trays. Not for beginners who drop weights.</p>',
    vendor: 'Ironhold',
    type: 'Dumbbells',
    tags: 'dumbbell, adjustable, pair',
    price: 349,
  }),
  gridRow({
    handle: 'forge-cast-kettlebell',
    title: 'Forge Cast Iron Kettlebell',
    body: '<p>A single-cast iron kettlebell with a wide handle for two-hand swings. Powder coat finish.</p>',
    vendor: 'Forge',
    type: 'Kettlebells',
    tags: 'kettlebell, cast iron, swing',
    price: 35,
    options: { Weight: ['18 lb', '26 lb', '35 lb'] },
    surcharge: { '26 lb': 10, '35 lb': 20 },
  }),
  gridRow({
    handle: 'forge-olympic-barbell',
    title: 'Forge Olympic Barbell',
    body: '<p>A 7 ft Olympic bar that weighs 45 lb, rated to 1000 lb, with needle bearings. Comes with two spring collars.</p>',
    vendor: 'Forge',
    type: 'Barbells',
    tags: 'barbell, olympic bar, bar',
    price: 229,
  }),
  gridRow({
    handle: 'forge-technique-bar',
    title: 'Forge Technique Bar',
    body: '<p>A 5 ft aluminum bar that weighs 15 lb, for beginners learning the lifts. Rated to 150 lb. No collars included.</p>',
    vendor: 'Forge',
    type: 'Barbells',
    tags: 'barbell, technique bar, beginner, bar',
    price: 99,
  }),
  gridRow({
    handle: 'ironhold-bumper-plates',
    title: 'Ironhold Bumper Plate Pair',
    body: '<p>A pair of solid rubber bumper plates for Olympic bars, safe to drop.</p>',
    vendor: 'Ironhold',
    type: 'Weight Plates',
    tags: 'plates, bumper, olympic, weights',
    price: 60,
    options: { Weight: ['10 lb', '25 lb', '45 lb'] },
    surcharge: { '25 lb': 40, '45 lb': 90 },
    soldOut: ['45 lb'],
  }),
  gridRow({
    handle: 'forge-flat-incline-bench',
    title: 'Forge Flat Incline Bench',
    body: '<p>An adjustable weight bench with seven back positions, rated to 700 lb. Folds flat for storage. Weighs 48 lb.</p>',
    vendor: 'Forge',
    type: 'Benches',
    tags: 'bench, adjustable, incline, foldable',
    price: 199,
  }),
  gridRow({
    handle: 'forge-utility-bench',
    title: 'Forge Flat Utility Bench',
    body: '<p>A fixed flat bench rated to 1000 lb. Does not fold. Weighs 35 lb.</p>',
    vendor: 'Forge',
    type: 'Benches',
    tags: 'bench, flat',
    price: 119,
  }),
  gridRow({
    handle: 'apex-doorway-pullup-bar',
    title: 'Apex Doorway Pull-Up Bar',
    body: '<p>A pull-up bar that hangs in a door frame, no screws needed, fits doors 24 to 32 inches wide. Max load 300 lb.</p>',
    vendor: 'Apex',
    type: 'Pull-Up Bars',
    tags: 'pull-up bar, chin-up bar, doorway',
    price: 39,
  }),
  gridRow({
    handle: 'apex-loop-bands',
    title: 'Apex Loop Resistance Band',
    body: '<p>A long latex loop band for assisted pull-ups and stretching. Not latex-free.</p>',
    vendor: 'Apex',
    type: 'Resistance Bands',
    tags: 'resistance band, loop band, stretch',
    price: 15,
    options: { Resistance: ['Light', 'Medium', 'Heavy'] },
    surcharge: { Medium: 5, Heavy: 10 },
  }),
  gridRow({
    handle: 'apex-speed-rope',
    title: 'Apex Speed Jump Rope',
    body: '<p>A steel cable speed rope with ball bearing handles, adjustable length up to 10 ft. Comes with a spare cable.</p>',
    vendor: 'Apex',
    type: 'Jump Ropes',
    tags: 'jump rope, skipping rope, cardio',
    price: 19,
    options: { Color: ['Black', 'Orange'] },
  }),
  gridRow({
    handle: 'ironhold-stall-mat',
    title: 'Ironhold Rubber Stall Mat',
    body: '<p>A 4 by 6 ft rubber mat, 3/4 inch thick, protects the floor under weights. Waterproof. Weighs 100 lb.</p>',
    vendor: 'Ironhold',
    type: 'Gym Mats',
    tags: 'gym mat, floor mat, rubber',
    price: 69,
  }),
  gridRow({
    handle: 'apex-exercise-mat',
    title: 'Apex Foam Exercise Mat',
    body: '<p>A 6 by 2 ft foam mat, 1/2 inch thick, for stretching and floor work. Rolls up with a carry strap. Waterproof. Weighs 2 lb.</p>',
    vendor: 'Apex',
    type: 'Gym Mats',
    tags: 'exercise mat, foam mat, stretching',
    price: 29,
    options: { Color: ['Gray', 'Teal'] },
  }),
  gridRow({
    handle: 'apex-foam-roller',
    title: 'Apex Textured Foam Roller',
    body: '<p>A firm EVA foam roller for muscle recovery, 13 inches long.</p>',
    vendor: 'Apex',
    type: 'Recovery',
    tags: 'foam roller, recovery, massage',
    price: 25,
  }),
  gridRow({
    handle: 'forge-lifting-belt',
    title: 'Forge Leather Lifting Belt',
    body: '<p>A 4 inch leather weightlifting belt with a single prong buckle, for squats and deadlifts.</p>',
    vendor: 'Forge',
    type: 'Belts',
    tags: 'lifting belt, weight belt, leather',
    price: 59,
    options: { Size: ['S', 'M', 'L'] },
  }),
];

export function gymCsv(): string {
  return shopifyCsv(ROWS, 500);
}

const PROMOS = [
  { code: 'LIFT15', value: 15, min: 20000, ends: null, en: '15% off orders over $200' },
  { code: 'NEWYEAR', value: 25, min: 0, ends: '2024-01-31T23:59:59Z', en: '25% off, new year' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for orders over $200, one that has ended). */
export async function insertGymPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

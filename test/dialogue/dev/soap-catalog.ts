/**
 * An invented soap making supply shop as a Shopify products export (English only, USD), written for
 * branch dlg-en9 before the engine was touched: lye and oils by weight, molds by cavity count and
 * colour, fragrance oils by bottle size in ounces, micas by shade, scales and thermometers by
 * range; facts (food grade, BPA free, heat safe, what is included, figures) only in the text;
 * sold-out values; one promo code.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  gridRow({
    handle: 'sodium-hydroxide-lye',
    title: 'Sodium Hydroxide Lye',
    body: '<p>Food grade sodium hydroxide (NaOH) micro beads, 99% pure, for cold process and hot process bar soap. Ships in a resealable HDPE jar with a child-resistant cap. Not for liquid soap: use potassium hydroxide for that.</p>',
    vendor: 'Saponi',
    type: 'Lye',
    tags: 'lye, naoh, caustic soda, sodium hydroxide',
    price: 14,
    options: { Weight: ['2 lb', '5 lb'] },
    surcharge: { '5 lb': 16 },
    soldOut: ['5 lb'],
  }),
  gridRow({
    handle: 'potassium-hydroxide-flakes',
    title: 'Potassium Hydroxide Flakes',
    body: '<p>Potassium hydroxide (KOH) flakes, 90% pure, for liquid soap and soft soap. 1 lb jar. Not food grade.</p>',
    vendor: 'Saponi',
    type: 'Lye',
    tags: 'lye, koh, liquid soap',
    price: 16,
  }),
  gridRow({
    handle: 'virgin-coconut-oil',
    title: 'Refined Coconut Oil 76',
    body: '<p>Refined coconut oil with a melting point of 76 F, for hard bars and big lather. Odorless. Comes in a food safe plastic pail. RSPO certified.</p>',
    vendor: 'Saponi',
    type: 'Oils',
    tags: 'oil, coconut, base oil, butter',
    price: 12,
    options: { Size: ['1 lb', '7 lb', '50 lb'] },
    surcharge: { '7 lb': 28, '50 lb': 118 },
    soldOut: ['50 lb'],
  }),
  gridRow({
    handle: 'pomace-olive-oil',
    title: 'Pomace Olive Oil',
    body: '<p>Olive pomace oil that traces fast and makes a mild, conditioning bar. 1 gallon jug weighs about 7.5 lb. Not for cooking.</p>',
    vendor: 'Saponi',
    type: 'Oils',
    tags: 'oil, olive, base oil',
    price: 32,
    options: { Size: ['32 oz', '1 gallon'] },
    surcharge: { '1 gallon': 22 },
  }),
  gridRow({
    handle: 'silicone-loaf-mold',
    title: 'Silicone Loaf Mold',
    body: '<p>A flexible silicone loaf mold with a wooden box for support. Holds 3 lb of soap batter and makes 10 one-inch bars. BPA free, heat safe to 450 F, dishwasher safe. Box included.</p>',
    vendor: 'Barworks',
    type: 'Molds',
    tags: 'mold, mould, loaf, silicone',
    price: 26,
    options: { Color: ['Navy', 'Sage Green', 'Blush Pink'] },
    soldOut: ['Blush Pink'],
  }),
  gridRow({
    handle: 'round-cavity-mold',
    title: 'Round Cavity Mold',
    body: '<p>A silicone mold with round cavities, each 3 inches across and 1 inch deep, holding 4 oz. Not dishwasher safe. Not for melt and pour above 200 F.</p>',
    vendor: 'Barworks',
    type: 'Molds',
    tags: 'mold, mould, round, cavity, guest soap',
    price: 15,
    options: { Cavities: ['6', '12'] },
    surcharge: { '12': 9 },
    soldOut: ['12'],
  }),
  gridRow({
    handle: 'lavender-fragrance-oil',
    title: 'Lavender Fields Fragrance Oil',
    body: '<p>A phthalate-free lavender fragrance oil that behaves well in cold process: no acceleration, no discoloration. Skin safe up to 5%. Flash point 200 F. Vegan.</p>',
    vendor: 'Scentery',
    type: 'Fragrance Oils',
    tags: 'fragrance, scent, lavender, floral',
    price: 9,
    options: { Size: ['1 oz', '4 oz', '16 oz'] },
    surcharge: { '4 oz': 10, '16 oz': 29 },
    soldOut: ['16 oz'],
  }),
  gridRow({
    handle: 'oatmeal-milk-honey-fragrance',
    title: 'Oatmeal Milk and Honey Fragrance Oil',
    body: '<p>A warm, sweet fragrance oil. It discolors to a tan brown in soap because of its vanillin content. Skin safe up to 3%. Contains no real honey.</p>',
    vendor: 'Scentery',
    type: 'Fragrance Oils',
    tags: 'fragrance, scent, gourmand, sweet',
    price: 10,
    options: { Size: ['1 oz', '4 oz'] },
    surcharge: { '4 oz': 10 },
    soldOut: ['1 oz'],
  }),
  gridRow({
    handle: 'mica-colorant',
    title: 'Cosmetic Mica Colorant',
    body: '<p>A cosmetic grade mica powder that is stable in cold process soap. 1 oz bag. Not edible. Comes with a small scoop.</p>',
    vendor: 'Hue Lab',
    type: 'Colorants',
    tags: 'mica, color, colour, pigment, colorant',
    price: 7,
    options: { Shade: ['Midnight Blue', 'Crimson Red', 'Emerald Green', 'Gold Sparkle'] },
    soldOut: ['Crimson Red'],
  }),
  gridRow({
    handle: 'digital-soap-scale',
    title: 'Digital Soap Scale',
    body: '<p>A digital scale reading in grams, ounces and pounds, 0.1 g steps up to 5 kg (11 lb). Tare button, stainless steel platform. Runs on 2 AAA batteries, included. Auto shut-off after 3 minutes.</p>',
    vendor: 'Barworks',
    type: 'Scales',
    tags: 'scale, weighing, tools',
    price: 29,
    options: { Color: ['Black', 'White'] },
    soldOut: ['White'],
  }),
  gridRow({
    handle: 'infrared-thermometer',
    title: 'Infrared Thermometer Gun',
    body: '<p>A no-contact infrared thermometer that reads from -58 F to 716 F in half a second, for lye water and oils. Backlit display. Battery included. Not for body temperature.</p>',
    vendor: 'Barworks',
    type: 'Thermometers',
    tags: 'thermometer, temperature, tools',
    price: 24,
  }),
  gridRow({
    handle: 'stainless-stick-blender',
    title: 'Stainless Stick Blender',
    body: '<p>A stick blender with a stainless steel shaft and a 9 inch reach, two speeds, 300 watts. Detachable shaft is dishwasher safe. Cord is 5 feet long.</p>',
    vendor: 'Barworks',
    type: 'Tools',
    tags: 'blender, immersion blender, stick blender, tools',
    price: 34,
  }),
  gridRow({
    handle: 'beginner-soap-kit',
    title: 'Beginner Cold Process Soap Kit',
    body: '<p>Everything for a first batch: 1 lb lye, coconut and olive oil, a silicone loaf mold, a 1 oz fragrance oil, safety goggles and gloves, and a printed recipe booklet. Makes about 10 bars. Stick blender not included.</p>',
    vendor: 'Saponi',
    type: 'Kits',
    tags: 'kit, starter, beginner, cold process',
    price: 59,
    options: { Scent: ['Lavender', 'Unscented'] },
    soldOut: ['Lavender'],
  }),
];

export function soapCsv(): string {
  return shopifyCsv(ROWS, 500);
}

/** This store's policy: shipping, returns, pickup and hazmat are covered; warranty, gift wrap, price match are not. */
export const SOAP_POLICY = [
  'Orders placed before 1 pm ship the same business day. Shipping is a flat $6 in the US; orders over $60 ship free.',
  'Lye ships by ground only and cannot be sent to Alaska, Hawaii or outside the US.',
  'Local pickup is free at our Portland workshop, Monday to Friday 10 am to 4 pm.',
  'Returns are accepted within 14 days on unopened items; opened fragrance oils and lye cannot be returned. Exchanges are not offered; return the item and order again.',
].join(' ');

const PROMOS = [{ code: 'LATHER10', value: 10, min: 0, ends: null, en: '10% off' }];

/** This shop's promo code beside the harness's SAVE10. */
export async function insertSoapPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

/**
 * An invented workwear and safety gear shop (boots, hard hats, hi-vis vests, gloves, hearing and
 * eye protection) as an English-only Shopify import sold in US dollars, played in Spanish; written
 * for branch dlg-es9 before the engine was touched. Option values are spelled the English way
 * ("Navy", "2XL", "1/2\"", "2L", "Smoke"), some values and combinations are sold out, the Body
 * holds figures and yes/no facts, and the store's policy text (English) covers shipping, returns
 * and boot warranty but not store pickup or shipping abroad.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Footwear.
  {
    handle: 'steel-toe-work-boots',
    title: 'Steel Toe Work Boots',
    body: '<p>6 inch waterproof full-grain leather work boots with a steel toe rated ASTM F2413 and electrical hazard protection. Slip-resistant rubber outsole. Weight: 2.1 lb per boot.</p>',
    vendor: 'Ironridge',
    type: 'Work Boots',
    tags: 'boots, steel toe, safety, waterproof',
    price: 129,
    options: { Size: ['8', '9', '10', '11', '12'], Color: ['Brown', 'Black'] },
    soldOut: ['12', '11/Black'],
  },
  {
    handle: 'composite-toe-sneakers',
    title: 'Composite Toe Safety Sneakers',
    body: '<p>Lightweight metal-free composite toe sneakers, breathable mesh upper. Not waterproof. Machine washable insoles.</p>',
    vendor: 'Ironridge',
    type: 'Safety Shoes',
    tags: 'sneakers, composite toe, safety shoes',
    price: 95,
    options: { Size: ['8', '9', '10', '11'], Width: ['Regular', 'Wide'] },
    soldOut: ['10/Wide'],
  },
  // Head, eyes, ears.
  {
    handle: 'ratchet-hard-hat',
    title: 'Cap Style Hard Hat',
    body: '<p>ANSI Z89.1 Type I Class E hard hat with a 4-point ratchet suspension and HDPE shell. Fits head sizes 6.5 to 8. Chin strap sold separately.</p>',
    vendor: 'Summit Safety',
    type: 'Head Protection',
    tags: 'hard hat, helmet, head protection',
    price: 24,
    options: { Color: ['White', 'Yellow', 'Orange', 'Blue'] },
    soldOut: ['Orange'],
  },
  {
    handle: 'anti-fog-safety-glasses',
    title: 'Anti-Fog Safety Glasses',
    body: '<p>Wraparound safety glasses meeting ANSI Z87.1+, anti-fog and scratch-resistant coating, 99.9% UV protection. Comes with a microfiber pouch.</p>',
    vendor: 'Summit Safety',
    type: 'Eye Protection',
    tags: 'safety glasses, eye protection, goggles',
    price: 12,
    options: { Lens: ['Clear', 'Smoke', 'Amber'] },
    soldOut: ['Smoke'],
  },
  {
    handle: 'folding-earmuffs',
    title: 'Folding Safety Earmuffs',
    body: '<p>Foldable earmuffs with a noise reduction rating of 25 dB, padded adjustable headband. Includes a carrying bag. Fits over safety glasses.</p>',
    vendor: 'Summit Safety',
    type: 'Hearing Protection',
    tags: 'earmuffs, hearing protection, ear defenders',
    price: 22,
    options: { Color: ['Red', 'Black'] },
  },
  {
    handle: 'foam-ear-plugs',
    title: 'Foam Ear Plugs',
    body: '<p>Disposable tapered foam ear plugs, NRR 32 dB, individually wrapped pairs.</p>',
    vendor: 'Summit Safety',
    type: 'Hearing Protection',
    tags: 'ear plugs, hearing protection, foam',
    price: 14,
    options: { Pack: ['50 Pairs', '200 Pairs'] },
    surcharge: { '200 Pairs': 31 },
  },
  // Clothing.
  {
    handle: 'hi-vis-safety-vest',
    title: 'Hi-Vis Safety Vest',
    body: '<p>ANSI Class 2 high-visibility vest with 2 inch reflective tape, zipper front and 4 pockets. Machine washable in cold water.</p>',
    vendor: 'Brightline',
    type: 'Hi-Vis',
    tags: 'vest, hi-vis, reflective, high visibility',
    price: 18,
    options: { Size: ['S/M', 'L/XL', '2XL/3XL'], Color: ['Yellow', 'Orange'] },
    surcharge: { '2XL/3XL': 4 },
    soldOut: ['2XL/3XL/Orange'],
  },
  {
    handle: 'insulated-duck-jacket',
    title: 'Insulated Duck Work Jacket',
    body: '<p>Heavy cotton duck work jacket with quilted flannel lining and a detachable hood. Water-repellent finish, not waterproof. Six pockets.</p>',
    vendor: 'Brightline',
    type: 'Jackets',
    tags: 'jacket, work jacket, insulated, duck',
    price: 89,
    options: { Size: ['S', 'M', 'L', 'XL', '2XL'], Color: ['Navy', 'Brown'] },
    surcharge: { '2XL': 6 },
    soldOut: ['XL/Navy', 'M/Brown'],
  },
  // Hands and knees.
  {
    handle: 'nitrile-coated-gloves',
    title: 'Nitrile Coated Work Gloves',
    body: '<p>Pack of 12 pairs of nylon gloves with a nitrile palm coating, cut level A2, touchscreen compatible fingertips. Hand wash only.</p>',
    vendor: 'Gripwell',
    type: 'Gloves',
    tags: 'gloves, work gloves, nitrile',
    price: 28,
    options: { Size: ['S', 'M', 'L', 'XL'] },
    soldOut: ['L'],
  },
  {
    handle: 'leather-driver-gloves',
    title: 'Leather Driver Gloves',
    body: '<p>Unlined leather driver gloves with a keystone thumb and elastic back. Sold by the pair.</p>',
    vendor: 'Gripwell',
    type: 'Gloves',
    tags: 'gloves, leather, driver',
    price: 16,
    options: { Size: ['M', 'L', 'XL'], Material: ['Cowhide', 'Goatskin'] },
    surcharge: { Goatskin: 5 },
    soldOut: ['Goatskin'],
  },
  {
    handle: 'gel-knee-pads',
    title: 'Gel Knee Pads',
    body: '<p>Gel-cushioned knee pads with a hard cap and two adjustable straps. One size fits most.</p>',
    vendor: 'Gripwell',
    type: 'Knee Pads',
    tags: 'knee pads, kneeling',
    price: 34,
  },
  // Tools and site.
  {
    handle: 'socket-set',
    title: 'Chrome Vanadium Socket Set',
    body: '<p>40-piece socket set with a 72-tooth ratchet and extension bar. Chrome vanadium steel. Includes a blow-molded carrying case. Lifetime warranty.</p>',
    vendor: 'Torqline',
    type: 'Tools',
    tags: 'sockets, ratchet, wrench, tools',
    price: 59,
    options: { Drive: ['1/4"', '3/8"', '1/2"'] },
    surcharge: { '1/2"': 20 },
    soldOut: ['3/8"'],
  },
  {
    handle: 'insulated-water-jug',
    title: 'Insulated Water Jug',
    body: '<p>Stainless steel insulated jug that keeps water cold for 24 hours. Leak-proof lid with a carry handle. Dishwasher safe.</p>',
    vendor: 'Torqline',
    type: 'Hydration',
    tags: 'water jug, bottle, insulated',
    price: 32,
    options: { Capacity: ['1L', '2L'], Color: ['Green', 'Gray'] },
    surcharge: { '2L': 10 },
    soldOut: ['2L/Gray'],
  },
];

export function workwearEsCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 700);
}

const PROMOS = [{ code: 'SAFETY15', value: 15, min: 10000, ends: null, en: '15% off orders over $100' }];

/** The shop's policy text (its SHOP_POLICY_TEXT), in English: no pickup, no shipping abroad named. */
export const WORKWEAR_ES_POLICY = [
  'Shipping: orders placed before 2 pm ship the same business day. Standard delivery takes 3 to 7 business days within the contiguous United States.',
  'Shipping is free on orders over $75; otherwise it costs $8.95.',
  'Returns: unworn items can be returned within 30 days in their original packaging for a full refund.',
  'Boots that have been worn outdoors cannot be returned.',
  'Warranty: all work boots carry a 6-month warranty against manufacturing defects.',
  'Payment: we accept Visa, Mastercard, American Express and PayPal.',
].join('\n');

/** This shop's promo code beside the harness's SAVE10. */
export async function insertWorkwearEsPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

/**
 * An invented metal detecting and gold prospecting shop as a Shopify products export (English
 * only, USD), written for branch dlg-en7 before the engine was touched: detectors with a coil
 * option in inches, pinpointers in the shop's colour names, wading boots in half sizes (10.5),
 * gloves in S to XL, gold pans and classifier sieves by the inch (1/4"), sluices by length,
 * magnets by their pull, weights, depths and waterproofing only in the text, sold-out values and
 * combinations, and two promo codes (one ended).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  // Detectors.
  gridRow({
    handle: 'terrascan-rover',
    title: 'Terrascan Rover Metal Detector',
    body: '<p>A beginner detector with three preset modes (coins, jewelry, all metal) and a depth readout. Weighs 1.1 kg. Coil is waterproof, the control box is not. Runs on four AA batteries, about 25 hours.</p>',
    vendor: 'Terrascan',
    type: 'Metal Detectors',
    tags: 'metal detector, detector, beginner, coins',
    price: 249,
    options: { Coil: ['9 inch', '11 inch'] },
    surcharge: { '11 inch': 40 },
    soldOut: ['11 inch'],
  }),
  gridRow({
    handle: 'terrascan-apex-multi',
    title: 'Terrascan Apex Multi-Frequency Detector',
    body: '<p>A simultaneous multi-frequency detector that works on wet salt beaches and in mineralised soil. Fully waterproof to 5 metres, so you can wade and dive with it. Weighs 1.3 kg. Built-in rechargeable battery, about 14 hours. Wireless headphones included.</p>',
    vendor: 'Terrascan',
    type: 'Metal Detectors',
    tags: 'metal detector, detector, multi frequency, beach, waterproof',
    price: 699,
    options: { Coil: ['11 inch', '15 inch'] },
    surcharge: { '15 inch': 90 },
  }),
  gridRow({
    handle: 'aurum-goldseeker-pi',
    title: 'Aurum Goldseeker PI Detector',
    body: '<p>A pulse induction gold detector for small nuggets in hot ground. Ignores ground mineral but cannot tell iron from gold. Weighs 2.4 kg. Waterproof to 3 metres.</p>',
    vendor: 'Aurum',
    type: 'Metal Detectors',
    tags: 'metal detector, gold detector, pulse induction, prospecting',
    price: 1149,
  }),
  gridRow({
    handle: 'terrascan-junior',
    title: 'Terrascan Junior Detector',
    body: '<p>A light detector for kids 6 to 12, with an adjustable shaft and a simple two-tone beep. Weighs 700 grams. Not waterproof.</p>',
    vendor: 'Terrascan',
    type: 'Metal Detectors',
    tags: 'metal detector, kids, junior, beginner',
    price: 79,
    options: { Color: ['Ocean Blue', 'Flame Red'] },
  }),
  // Pinpointers.
  gridRow({
    handle: 'terrascan-probe-pinpointer',
    title: 'Terrascan Probe Pinpointer',
    body: '<p>A handheld pinpointer that buzzes and beeps as it nears a target. Waterproof to 6 metres. Runs on one 9 volt battery. Lanyard and holster included.</p>',
    vendor: 'Terrascan',
    type: 'Pinpointers',
    tags: 'pinpointer, probe, waterproof',
    price: 129,
    options: { Color: ['Blaze Orange', 'Stealth Black'] },
    soldOut: ['Stealth Black'],
  }),
  gridRow({
    handle: 'digmate-budget-pinpointer',
    title: 'Digmate Budget Pinpointer',
    body: '<p>A simple pinpointer for dry land only, splash proof but not waterproof. Runs on one 9 volt battery.</p>',
    vendor: 'Digmate',
    type: 'Pinpointers',
    tags: 'pinpointer, probe, budget',
    price: 39,
    options: { Color: ['Blaze Orange', 'Army Green'] },
  }),
  // Headphones.
  gridRow({
    handle: 'terrascan-wireless-headphones',
    title: 'Terrascan Wireless Headphones',
    body: '<p>Low-latency wireless headphones that pair with the Apex and the Rover. 20 hours per charge. Not waterproof.</p>',
    vendor: 'Terrascan',
    type: 'Headphones',
    tags: 'headphones, wireless, audio',
    price: 119,
  }),
  gridRow({
    handle: 'digmate-wired-headphones',
    title: 'Digmate Wired Headphones',
    body: '<p>Padded wired headphones with a coiled cable, a 6.35 mm plug and a 3.5 mm adapter. Volume knob on each ear cup.</p>',
    vendor: 'Digmate',
    type: 'Headphones',
    tags: 'headphones, wired, audio',
    price: 45,
  }),
  // Digging tools.
  gridRow({
    handle: 'digmate-lesche-digger',
    title: 'Digmate Serrated Hand Digger',
    body: '<p>A forged steel digging trowel with one serrated edge for cutting roots, 30 cm long, with a belt sheath.</p>',
    vendor: 'Digmate',
    type: 'Digging Tools',
    tags: 'digger, trowel, digging tool',
    price: 34,
    options: { Hand: ['Right', 'Left'] },
  }),
  gridRow({
    handle: 'digmate-sand-scoop',
    title: 'Digmate Beach Sand Scoop',
    body: '<p>A scoop with 10 mm holes for sifting dry and wet sand. The stainless steel one weighs 1.2 kg, the aluminium one 800 grams.</p>',
    vendor: 'Digmate',
    type: 'Digging Tools',
    tags: 'sand scoop, scoop, beach',
    price: 59,
    options: { Material: ['Aluminium', 'Stainless Steel'] },
    surcharge: { 'Stainless Steel': 30 },
    soldOut: ['Aluminium'],
  }),
  gridRow({
    handle: 'digmate-relic-shovel',
    title: 'Digmate Relic Shovel',
    body: '<p>A long-handled steel shovel with a foot step, 95 cm tall, for deep targets.</p>',
    vendor: 'Digmate',
    type: 'Digging Tools',
    tags: 'shovel, spade, digging tool',
    price: 69,
  }),
  // Finds and carry.
  gridRow({
    handle: 'digmate-finds-pouch',
    title: 'Digmate Finds Pouch',
    body: '<p>A belt pouch with two pockets, one for treasure and one for trash, and a clip for the pinpointer.</p>',
    vendor: 'Digmate',
    type: 'Bags & Pouches',
    tags: 'pouch, finds pouch, belt',
    price: 25,
    options: { Color: ['Army Green', 'Stealth Black'] },
  }),
  gridRow({
    handle: 'terrascan-backpack',
    title: 'Terrascan Detector Backpack',
    body: '<p>A backpack with a sleeve that holds a detector up to 140 cm, a padded laptop pocket and a rain cover. Comes with a carry case for the pinpointer.</p>',
    vendor: 'Terrascan',
    type: 'Bags & Pouches',
    tags: 'backpack, bag, carry',
    price: 89,
  }),
  // Coil covers.
  gridRow({
    handle: 'terrascan-coil-cover',
    title: 'Terrascan Coil Cover',
    body: '<p>A hard plastic skid plate that protects a search coil from scratches.</p>',
    vendor: 'Terrascan',
    type: 'Detector Parts',
    tags: 'coil cover, skid plate, parts',
    price: 19,
    options: { Size: ['9 inch', '11 inch', '15 inch'] },
    surcharge: { '15 inch': 8 },
  }),
  gridRow({
    handle: 'terrascan-battery-pack',
    title: 'Terrascan Rechargeable Battery Pack',
    body: '<p>A rechargeable pack with a USB charger that replaces four AA batteries in the Rover. About 20 hours per charge.</p>',
    vendor: 'Terrascan',
    type: 'Detector Parts',
    tags: 'battery, rechargeable, parts',
    price: 35,
  }),
  // Prospecting.
  gridRow({
    handle: 'aurum-gold-pan',
    title: 'Aurum Riffled Gold Pan',
    body: '<p>A plastic gold pan with deep and fine riffles. The green shows gold best. 14 inch pans hold more dirt, 10 inch pans are quicker to swirl.</p>',
    vendor: 'Aurum',
    type: 'Prospecting',
    tags: 'gold pan, panning, prospecting',
    price: 14,
    options: { Size: ['10 inch', '14 inch'], Color: ['Green', 'Black'] },
    surcharge: { '14 inch': 6 },
    soldOut: ['14 inch/Black'],
  }),
  gridRow({
    handle: 'aurum-classifier',
    title: 'Aurum Stacking Classifier',
    body: '<p>A sieve that sits on a bucket to screen out rocks before panning, stackable.</p>',
    vendor: 'Aurum',
    type: 'Prospecting',
    tags: 'classifier, sieve, screen, prospecting',
    price: 16,
    options: { Mesh: ['1/2"', '1/4"', '1/8"'] },
    soldOut: ['1/8"'],
  }),
  gridRow({
    handle: 'aurum-sluice-box',
    title: 'Aurum Folding Sluice Box',
    body: "<p>An aluminium sluice with miner's moss and expanded metal riffles, folds to half length for carrying. The 36 inch weighs 2.2 kg, the 50 inch 3.5 kg.</p>",
    vendor: 'Aurum',
    type: 'Prospecting',
    tags: 'sluice, sluice box, prospecting',
    price: 129,
    options: { Length: ['36 inch', '50 inch'] },
    surcharge: { '50 inch': 50 },
  }),
  gridRow({
    handle: 'aurum-snuffer-bottle',
    title: 'Aurum Snuffer Bottle',
    body: '<p>A squeeze bottle that sucks up fine gold from the pan, with a spare tip.</p>',
    vendor: 'Aurum',
    type: 'Prospecting',
    tags: 'snuffer bottle, panning, prospecting',
    price: 7,
  }),
  gridRow({
    handle: 'aurum-panning-kit',
    title: 'Aurum Gold Panning Kit',
    body: '<p>Two pans, a classifier, a snuffer bottle, glass vials and tweezers in a bucket. Good for ages 8 and up.</p>',
    vendor: 'Aurum',
    type: 'Prospecting',
    tags: 'kit, panning kit, prospecting, beginner',
    price: 49,
  }),
  // Magnet fishing.
  gridRow({
    handle: 'pullstrong-magnet',
    title: 'Pullstrong Fishing Magnet',
    body: '<p>A double-sided neodymium magnet with a 20 metre rope and a carabiner. Keep away from phones and cards.</p>',
    vendor: 'Pullstrong',
    type: 'Magnet Fishing',
    tags: 'magnet, magnet fishing, neodymium',
    price: 45,
    options: { Pull: ['500 lb', '1000 lb', '1500 lb'] },
    surcharge: { '1000 lb': 25, '1500 lb': 55 },
    soldOut: ['1500 lb'],
  }),
  // Clothing.
  gridRow({
    handle: 'digmate-wading-boots',
    title: 'Digmate Wading Boots',
    body: '<p>Neoprene wading boots with felt soles for river prospecting, quick drying.</p>',
    vendor: 'Digmate',
    type: 'Clothing',
    tags: 'boots, wading boots, footwear',
    price: 89,
    options: { Size: ['9', '10', '10.5', '11', '12'] },
    soldOut: ['11'],
  }),
  gridRow({
    handle: 'digmate-digging-gloves',
    title: 'Digmate Digging Gloves',
    body: '<p>Cut-resistant gloves with a rubber palm, so you can sift soil and broken glass safely. Machine washable.</p>',
    vendor: 'Digmate',
    type: 'Clothing',
    tags: 'gloves, work gloves, clothing',
    price: 18,
    options: { Size: ['S', 'M', 'L', 'XL'] },
    soldOut: ['S'],
  }),
];

export function detectingCsv(): string {
  return shopifyCsv(ROWS, 800);
}

const PROMOS = [
  { code: 'DIGDEEP10', value: 10, min: 20000, ends: null, en: '10% off orders over $200' },
  { code: 'GOLDRUSH20', value: 20, min: 0, ends: '2024-06-30T23:59:59Z', en: '20% off, gold rush week' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for orders over $200, one that has ended). */
export async function insertDetectingPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

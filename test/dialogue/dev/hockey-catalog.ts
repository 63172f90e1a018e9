/**
 * An invented ice hockey shop as a Shopify products export (English only), written for branch
 * dlg-en5 before the engine was touched (golf, the vertical first asked for, was round 6's): sticks
 * by flex and hand, skates in half sizes with a width (D, EE), gloves by inches, helmets by S/M/L
 * with the head sizes only in the text, pucks by the pack, colours outside the basic families
 * (Cardinal, Royal, Glacier Blue, Kelly Green), sold-out values and sold-out combinations, yes/no
 * facts only in the text (a cage, a warranty, a waterproof bag bottom), and two promo codes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const SKATE_SIZES = ['7', '7.5', '8', '8.5', '9', '9.5', '10', '10.5', '11'];

const ROWS = [
  // Sticks.
  gridRow({
    handle: 'glacier-pro-carbon-stick',
    title: 'Glacier Pro Carbon Hockey Stick',
    body: '<p>A one-piece carbon stick with a mid kick point and a P92 curve. Weighs 380 grams. 60-day warranty against breakage.</p>',
    vendor: 'Glacier',
    type: 'Sticks',
    tags: 'stick, senior, carbon, composite',
    price: 249,
    options: { Flex: ['65', '75', '85'], Hand: ['Left', 'Right'] },
    soldOut: ['85/Left'],
  }),
  gridRow({
    handle: 'glacier-intermediate-stick',
    title: 'Glacier Intermediate Composite Stick',
    body: '<p>A composite stick for players 11 to 14, 57 inches long, P28 curve. Weighs 430 grams. No warranty.</p>',
    vendor: 'Glacier',
    type: 'Sticks',
    tags: 'stick, intermediate, composite',
    price: 129,
    options: { Flex: ['55', '65'], Hand: ['Left', 'Right'] },
  }),
  gridRow({
    handle: 'boreal-junior-stick',
    title: 'Boreal Junior Hockey Stick',
    body: '<p>A light stick for players 7 to 10, 52 inches long, with a mild P88 curve. Weighs 390 grams.</p>',
    vendor: 'Boreal',
    type: 'Sticks',
    tags: 'stick, junior, kids, youth',
    price: 59,
    options: { Flex: ['30', '40'], Hand: ['Left', 'Right'] },
    soldOut: ['40/Right'],
  }),
  gridRow({
    handle: 'iceline-wood-stick',
    title: 'Iceline Ash Wood Stick',
    body: '<p>A classic ash and aspen wood stick with a fiberglass-wrapped blade, 60 inches long. Weighs 600 grams. Good for street and pond hockey.</p>',
    vendor: 'Iceline',
    type: 'Sticks',
    tags: 'stick, wood, senior, street hockey',
    price: 39,
    options: { Hand: ['Left', 'Right'] },
  }),
  // Skates.
  gridRow({
    handle: 'glacier-pro-skates',
    title: 'Glacier Pro Skates',
    body: '<p>A stiff, heat-moldable carbon boot for competitive players, with stainless steel runners and a felt tongue. Skates fit a half size smaller than your shoe size.</p>',
    vendor: 'Glacier',
    type: 'Skates',
    tags: 'skates, senior, player skates',
    price: 599,
    options: { Size: SKATE_SIZES, Width: ['D', 'EE'] },
    soldOut: ['9.5/EE', '11'],
  }),
  gridRow({
    handle: 'boreal-rec-skates',
    title: 'Boreal Rec Skates',
    body: '<p>A padded, comfortable skate for recreational and beginner skaters. Factory sharpened, ready to skate.</p>',
    vendor: 'Boreal',
    type: 'Skates',
    tags: 'skates, recreational, beginner',
    price: 129,
    options: { Size: SKATE_SIZES, Color: ['Black', 'Glacier Blue'] },
    soldOut: ['10/Glacier Blue'],
  }),
  gridRow({
    handle: 'boreal-youth-skates',
    title: 'Boreal Youth Adjustable Skates',
    body: '<p>Skates that grow with your kid: one pair adjusts over four sizes. Youth sizes 11 to 1 and 1 to 4.</p>',
    vendor: 'Boreal',
    type: 'Skates',
    tags: 'skates, youth, kids, adjustable',
    price: 89,
    options: { Size: ['Y11-1', 'Y1-4'] },
  }),
  // Helmets.
  gridRow({
    handle: 'iceline-helmet-combo',
    title: 'Iceline Helmet with Cage',
    body: '<p>A certified helmet that comes with a steel cage attached. Sizes by head circumference: S fits 20.5 to 22 inches, M fits 21.5 to 23 inches, L fits 22.5 to 24 inches.</p>',
    vendor: 'Iceline',
    type: 'Helmets',
    tags: 'helmet, cage, combo, certified',
    price: 149,
    options: { Size: ['S', 'M', 'L'], Color: ['Black', 'White', 'Royal'] },
    soldOut: ['L/Royal'],
  }),
  gridRow({
    handle: 'glacier-pro-helmet',
    title: 'Glacier Pro Helmet',
    body: '<p>A light helmet shell with memory foam liner. Sold without a cage or visor. Sizes: S fits 20.5 to 22 inches, M 21.5 to 23 inches, L 22.5 to 24 inches.</p>',
    vendor: 'Glacier',
    type: 'Helmets',
    tags: 'helmet, senior',
    price: 189,
    options: { Size: ['S', 'M', 'L'], Color: ['Black', 'White'] },
  }),
  // Gloves.
  gridRow({
    handle: 'glacier-pro-gloves',
    title: 'Glacier Pro Hockey Gloves',
    body: '<p>Tapered gloves with a nash palm and a flexible thumb lock. Glove sizes are the length in inches: 13 inch for most teens, 14 and 15 inch for adults.</p>',
    vendor: 'Glacier',
    type: 'Gloves',
    tags: 'gloves, senior, protective',
    price: 169,
    options: { Size: ['13"', '14"', '15"'], Color: ['Black', 'Navy', 'Cardinal'] },
    soldOut: ['14"/Cardinal'],
  }),
  gridRow({
    handle: 'boreal-youth-gloves',
    title: 'Boreal Youth Hockey Gloves',
    body: '<p>Soft, light gloves for young players. 10 inch for ages 5 to 7, 11 inch for ages 8 to 10.</p>',
    vendor: 'Boreal',
    type: 'Gloves',
    tags: 'gloves, youth, kids',
    price: 49,
    options: { Size: ['10"', '11"'], Color: ['Black', 'Kelly Green'] },
  }),
  // Protective.
  gridRow({
    handle: 'boreal-shin-guards',
    title: 'Boreal Shin Guards',
    body: '<p>Shin guards with a hard cap over the knee and a calf wrap. Sizes are the length in inches.</p>',
    vendor: 'Boreal',
    type: 'Protective',
    tags: 'shin guards, shin pads, protective',
    price: 79,
    options: { Size: ['13"', '14"', '15"', '16"'] },
    soldOut: ['15"'],
  }),
  gridRow({
    handle: 'iceline-shoulder-pads',
    title: 'Iceline Shoulder Pads',
    body: '<p>Light shoulder pads with a sternum plate and spine protection.</p>',
    vendor: 'Iceline',
    type: 'Protective',
    tags: 'shoulder pads, chest protector, protective',
    price: 99,
    options: { Size: ['S', 'M', 'L'] },
  }),
  gridRow({
    handle: 'iceline-neck-guard',
    title: 'Iceline Cut-Resistant Neck Guard',
    body: '<p>A neck guard with a cut-resistant collar. Machine washable.</p>',
    vendor: 'Iceline',
    type: 'Protective',
    tags: 'neck guard, cut resistant, protective',
    price: 29,
  }),
  gridRow({
    handle: 'boreal-mouthguard',
    title: 'Boreal Mouthguard',
    body: '<p>A boil-and-bite mouthguard with a strap for the cage.</p>',
    vendor: 'Boreal',
    type: 'Protective',
    tags: 'mouthguard, mouth guard, protective',
    price: 12,
    options: { Color: ['Clear', 'Black'] },
  }),
  // Pucks, tape and accessories.
  gridRow({
    handle: 'iceline-official-pucks',
    title: 'Iceline Official Game Pucks',
    body: '<p>Regulation 6 ounce vulcanized rubber pucks.</p>',
    vendor: 'Iceline',
    type: 'Pucks',
    tags: 'pucks, game puck, official',
    price: 2,
    options: { Pack: ['Single', 'Dozen', 'Bucket of 50'] },
    surcharge: { Dozen: 16, 'Bucket of 50': 68 },
    soldOut: ['Bucket of 50'],
  }),
  gridRow({
    handle: 'iceline-training-pucks',
    title: 'Iceline Light Blue Training Pucks',
    body: '<p>Lighter 4 ounce pucks for young players learning to shoot.</p>',
    vendor: 'Iceline',
    type: 'Pucks',
    tags: 'pucks, training, youth, light',
    price: 3,
    options: { Pack: ['Single', 'Dozen'] },
    surcharge: { Dozen: 21 },
  }),
  gridRow({
    handle: 'iceline-stick-tape',
    title: 'Iceline Cloth Stick Tape',
    body: '<p>A roll of cloth hockey tape, 1 inch wide and 25 yards long.</p>',
    vendor: 'Iceline',
    type: 'Accessories',
    tags: 'tape, stick tape, cloth tape',
    price: 5,
    options: { Color: ['Black', 'White', 'Glacier Blue'] },
    soldOut: ['Glacier Blue'],
  }),
  gridRow({
    handle: 'boreal-skate-guards',
    title: 'Boreal Skate Guards',
    body: '<p>Rubber guards that protect your blades off the ice. One size fits adult skates.</p>',
    vendor: 'Boreal',
    type: 'Accessories',
    tags: 'skate guards, blade guards',
    price: 15,
    options: { Color: ['Black', 'Cardinal'] },
  }),
  // Bags and apparel.
  gridRow({
    handle: 'glacier-wheeled-bag',
    title: 'Glacier Wheeled Hockey Bag',
    body: '<p>A carry bag on wheels with a vented main compartment and a waterproof bottom. Fits a full set of senior gear.</p>',
    vendor: 'Glacier',
    type: 'Bags',
    tags: 'bag, hockey bag, wheeled',
    price: 139,
    options: { Size: ['36"', '40"'] },
    surcharge: { '40"': 20 },
  }),
  gridRow({
    handle: 'boreal-carry-bag',
    title: 'Boreal Carry Bag',
    body: '<p>A simple shoulder carry bag for youth gear.</p>',
    vendor: 'Boreal',
    type: 'Bags',
    tags: 'bag, hockey bag, youth',
    price: 49,
    options: { Size: ['30"', '33"'] },
  }),
  gridRow({
    handle: 'iceline-practice-jersey',
    title: 'Iceline Practice Jersey',
    body: '<p>A light mesh practice jersey. Machine washable.</p>',
    vendor: 'Iceline',
    type: 'Apparel',
    tags: 'jersey, practice jersey',
    price: 35,
    options: { Size: ['S', 'M', 'L', 'XL'], Color: ['Red', 'Kelly Green', 'Gold'] },
    soldOut: ['XL/Gold'],
  }),
];

export function hockeyCsv(): string {
  return shopifyCsv(ROWS, 900);
}

const PROMOS = [
  { code: 'HATTRICK15', value: 15, min: 20000, ends: null, en: '15% off orders over $200' },
  { code: 'PRESEASON25', value: 25, min: 0, ends: '2024-09-30T23:59:59Z', en: '25% off, preseason' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for large orders, one that has ended). */
export async function insertHockeyPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

/**
 * An invented fencing equipment shop as a Shopify products export (English only, USD), written for
 * branch dlg-en8 before the engine was touched: weapons by blade (foil, épée, sabre) and grip
 * (French, Pistol) and hand, masks and jackets by the shop's own sizes and newton ratings, facts
 * (weights, beginner, washable, what is included) only in the text, sold-out values, two promo codes
 * (one ended).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { gridRow } from './variant-grid.ts';

const ROWS = [
  gridRow({
    handle: 'riposte-beginner-foil',
    title: 'Riposte Beginner Foil',
    body: '<p>A complete dry foil for beginners and club training, size 5 blade. Weighs 350 g. Comes with a rubber tip. Not electric.</p>',
    vendor: 'Riposte',
    type: 'Foils',
    tags: 'foil, beginner, dry, training',
    price: 59,
    options: { Grip: ['French', 'Pistol'], Hand: ['Right', 'Left'] },
    soldOut: ['French/Left'],
  }),
  gridRow({
    handle: 'riposte-electric-foil',
    title: 'Riposte Electric Foil',
    body: '<p>A competition electric foil, FIE-style maraging blade, bayonet socket. Weighs 390 g. For experienced fencers. Body cord not included.</p>',
    vendor: 'Riposte',
    type: 'Foils',
    tags: 'foil, electric, competition',
    price: 139,
    options: { Grip: ['French', 'Pistol'], Hand: ['Right', 'Left'] },
  }),
  gridRow({
    handle: 'lunge-club-epee',
    title: 'Lunge Club Epee',
    body: '<p>An electric épée for club fencers, stiff triangular blade, large bell guard. Weighs 770 g. Good for beginners moving to electric. Comes with two spare screws.</p>',
    vendor: 'Lunge',
    type: 'Epees',
    tags: 'epee, electric, club, beginner',
    price: 119,
    options: { Grip: ['French', 'Pistol'] },
  }),
  gridRow({
    handle: 'lunge-sabre',
    title: 'Lunge Training Sabre',
    body: '<p>A light sabre with a flexible blade and a knuckle guard. Weighs 480 g. Not electric, for lessons and drills.</p>',
    vendor: 'Lunge',
    type: 'Sabres',
    tags: 'sabre, saber, training',
    price: 79,
  }),
  gridRow({
    handle: 'aegis-350n-mask',
    title: 'Aegis 350N Fencing Mask',
    body: '<p>A 350 newton club mask with a stainless steel mesh and a removable, washable padded bib. Weighs 1.1 kg.</p>',
    vendor: 'Aegis',
    type: 'Masks',
    tags: 'mask, helmet, 350N, club',
    price: 89,
    options: { Size: ['S', 'M', 'L'] },
    soldOut: ['S'],
  }),
  gridRow({
    handle: 'aegis-1600n-mask',
    title: 'Aegis 1600N Competition Mask',
    body: '<p>A 1600 newton FIE competition mask, heavier mesh, conductive bib for foil. Bib is not removable. Weighs 1.5 kg.</p>',
    vendor: 'Aegis',
    type: 'Masks',
    tags: 'mask, helmet, 1600N, competition',
    price: 219,
    options: { Size: ['S', 'M', 'L'] },
  }),
  gridRow({
    handle: 'aegis-club-jacket',
    title: 'Aegis Club Jacket',
    body: '<p>A 350 newton cotton-stretch jacket with a back zip, machine washable. For beginners and club training.</p>',
    vendor: 'Aegis',
    type: 'Jackets',
    tags: 'jacket, 350N, club, beginner',
    price: 95,
    options: { Size: ['S', 'M', 'L', 'XL'], Hand: ['Right', 'Left'] },
    soldOut: ['XL/Left'],
  }),
  gridRow({
    handle: 'aegis-800n-jacket',
    title: 'Aegis 800N Competition Jacket',
    body: '<p>An 800 newton competition jacket in a light stretch fabric. Machine washable. For competitions.</p>',
    vendor: 'Aegis',
    type: 'Jackets',
    tags: 'jacket, 800N, competition',
    price: 189,
    options: { Size: ['S', 'M', 'L', 'XL'], Hand: ['Right', 'Left'] },
  }),
  gridRow({
    handle: 'aegis-breeches',
    title: 'Aegis Fencing Breeches',
    body: '<p>350 newton knee-length breeches with braces. Machine washable.</p>',
    vendor: 'Aegis',
    type: 'Breeches',
    tags: 'breeches, knickers, pants, trousers, 350N',
    price: 69,
    options: { Size: ['S', 'M', 'L', 'XL'] },
  }),
  gridRow({
    handle: 'aegis-plastron',
    title: 'Aegis Underarm Protector',
    body: '<p>A 350 newton half jacket worn under the jacket on the weapon arm side. Required for competitions.</p>',
    vendor: 'Aegis',
    type: 'Protectors',
    tags: 'plastron, underarm protector, half jacket',
    price: 35,
    options: { Hand: ['Right', 'Left'] },
  }),
  gridRow({
    handle: 'riposte-glove',
    title: 'Riposte Washable Glove',
    body: '<p>A padded fencing glove with a velcro cuff, machine washable. Fits all three weapons.</p>',
    vendor: 'Riposte',
    type: 'Gloves',
    tags: 'glove, washable',
    price: 24,
    options: { Size: ['S', 'M', 'L'], Hand: ['Right', 'Left'] },
  }),
  gridRow({
    handle: 'riposte-body-cord',
    title: 'Riposte Body Cord',
    body: '<p>A two-prong body cord for foil and sabre with a bayonet end. Length 1.8 m.</p>',
    vendor: 'Riposte',
    type: 'Cords',
    tags: 'body cord, wire, electric',
    price: 18,
  }),
  gridRow({
    handle: 'lunge-roller-bag',
    title: 'Lunge Roller Bag',
    body: '<p>A wheeled weapon bag, 110 cm long, holds six weapons and a full kit. Waterproof base. Weighs 3.2 kg.</p>',
    vendor: 'Lunge',
    type: 'Bags',
    tags: 'bag, roller, wheels, weapon bag',
    price: 129,
    options: { Color: ['Black', 'Navy'] },
  }),
  gridRow({
    handle: 'lunge-shoulder-bag',
    title: 'Lunge Shoulder Bag',
    body: '<p>A light weapon bag with a shoulder strap, 105 cm long, holds three weapons. Not waterproof. Weighs 1.1 kg.</p>',
    vendor: 'Lunge',
    type: 'Bags',
    tags: 'bag, shoulder strap, weapon bag',
    price: 49,
    options: { Color: ['Black', 'Red'] },
    soldOut: ['Red'],
  }),
  gridRow({
    handle: 'piste-fencing-shoes',
    title: 'Piste Fencing Shoes',
    body: '<p>Low fencing shoes with a reinforced heel and toe drag guard, gum sole.</p>',
    vendor: 'Piste',
    type: 'Shoes',
    tags: 'shoes, footwear, sneakers',
    price: 99,
    options: { Size: ['7', '8', '9', '10', '11'] },
    soldOut: ['11'],
  }),
];

export function fencingCsv(): string {
  return shopifyCsv(ROWS, 500);
}

const PROMOS = [
  { code: 'ENGARDE10', value: 10, min: 10000, ends: null, en: '10% off orders over $100' },
  { code: 'TOUCHE20', value: 20, min: 0, ends: '2024-03-31T23:59:59Z', en: '20% off, spring open' },
];

/** This shop's promo codes beside the harness's SAVE10 (one for orders over $100, one that has ended). */
export async function insertFencingPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PROMOS);
}

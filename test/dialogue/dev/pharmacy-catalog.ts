/**
 * A pharmacy & first-aid store as a Shopify products export (English only), written for issue 12's
 * cart work before any engine change: products said by part of their name or their kind ("the
 * forehead one", "the ice pack"), pack counts and sizes as options, and two thermometers so a
 * spoken line reference has to pick the best match rather than any word in common.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/store/schema.ts';
import { insertPercentPromos } from './promos.ts';
import { type ShopifyRow, shopifyCsv } from './shopify-csv.ts';

/** One option at most: its name (none: Shopify's "Title" / "Default Title") and one value per variant. */
interface Row extends Omit<ShopifyRow, 'options' | 'variants'> {
  option?: string;
  /** value, stock, price */
  variants: [string, number, number][];
}

const ROWS: Row[] = [
  {
    handle: 'carewell-fabric-adhesive-bandages',
    title: 'Carewell Fabric Adhesive Bandages',
    body: '<p>Flexible fabric bandages for everyday cuts. Latex-free.</p>',
    vendor: 'Carewell',
    type: 'Bandages',
    tags: 'bandages, latex-free',
    option: 'Pack',
    variants: [
      ['30-pack', 40, 5],
      ['60-pack', 30, 9],
      ['100-pack', 0, 14],
    ],
  },
  {
    handle: 'carewell-waterproof-clear-bandages',
    title: 'Carewell Waterproof Clear Bandages',
    body: '<p>Clear bandages that stay on in the shower.</p>',
    vendor: 'Carewell',
    type: 'Bandages',
    tags: 'bandages, waterproof',
    option: 'Pack',
    variants: [
      ['20-pack', 25, 6],
      ['40-pack', 25, 10],
    ],
  },
  {
    handle: 'thermiq-digital-oral-thermometer',
    title: 'Thermiq Digital Oral Thermometer',
    body: '<p>Reads in 10 seconds, with a fever alarm. Battery included.</p>',
    vendor: 'Thermiq',
    type: 'Thermometers',
    tags: 'thermometer, digital',
    variants: [['Default Title', 20, 12]],
  },
  {
    handle: 'thermiq-infrared-forehead-thermometer',
    title: 'Thermiq Infrared Forehead Thermometer',
    body: '<p>No-contact forehead reading in one second. Stores 32 readings.</p>',
    vendor: 'Thermiq',
    type: 'Thermometers',
    tags: 'thermometer, infrared, no-contact',
    variants: [['Default Title', 15, 39]],
  },
  {
    handle: 'dosewise-weekly-pill-organizer',
    title: 'Dosewise Weekly Pill Organizer',
    body: '<p>Seven snap-lid compartments, one per day.</p>',
    vendor: 'Dosewise',
    type: 'Pill Organizers',
    tags: 'pill box, organizer',
    option: 'Compartments',
    variants: [
      ['7-day', 30, 8],
      ['14-day AM/PM', 20, 13],
    ],
  },
  {
    handle: 'dosewise-monthly-pill-organizer',
    title: 'Dosewise Monthly Pill Organizer',
    body: '<p>31 removable daily pods in a travel case.</p>',
    vendor: 'Dosewise',
    type: 'Pill Organizers',
    tags: 'pill box, organizer, travel',
    variants: [['Default Title', 12, 22]],
  },
  {
    handle: 'steadyfit-compression-knee-support',
    title: 'Steadyfit Compression Knee Support',
    body: '<p>Breathable knit sleeve with silicone grip.</p>',
    vendor: 'Steadyfit',
    type: 'Supports',
    tags: 'knee, compression',
    option: 'Size',
    variants: [
      ['S', 10, 25],
      ['M', 10, 25],
      ['L', 10, 25],
    ],
  },
  {
    handle: 'steadyfit-adjustable-wrist-brace',
    title: 'Steadyfit Adjustable Wrist Brace',
    body: '<p>Removable splint, two hook-and-loop straps.</p>',
    vendor: 'Steadyfit',
    type: 'Supports',
    tags: 'wrist, brace',
    option: 'Size',
    variants: [
      ['S/M', 10, 19],
      ['L/XL', 10, 19],
    ],
  },
  {
    handle: 'carewell-family-first-aid-kit',
    title: 'Carewell Family First Aid Kit',
    body: '<p>120 pieces in a zip case: bandages, gauze, tape, scissors and gloves.</p>',
    vendor: 'Carewell',
    type: 'First Aid Kits',
    tags: 'first aid, kit',
    variants: [['Default Title', 30, 38]],
  },
  {
    handle: 'coolpak-reusable-gel-ice-pack',
    title: 'Coolpak Reusable Gel Ice Pack',
    body: '<p>Stays flexible when frozen. Comes with a fleece cover.</p>',
    vendor: 'Coolpak',
    type: 'Cold Packs',
    tags: 'ice pack, cold therapy',
    variants: [['Default Title', 30, 9]],
  },
];

export function pharmacyCsv(): string {
  const rows = ROWS.map(
    ({ option, variants, ...r }): ShopifyRow => ({
      ...r,
      options: [option ?? 'Title'],
      variants: variants.map(([value, stock, price]) => [[value], stock, price]),
    }),
  );
  return shopifyCsv(rows, 100);
}

/** The store's promo codes beside the harness's SAVE10: one with a minimum subtotal, one expired. */
export const PHARMACY_PROMOS = [
  {
    code: 'CARE15',
    value: 15,
    min: 5000,
    ends: null,
    en: '15% off orders over $50',
    es: '15% en pedidos de más de 50 $',
  },
  {
    code: 'FLU5',
    value: 5,
    min: 0,
    ends: '2021-03-31T23:59:59Z',
    en: '5% off, flu season',
    es: '5% en temporada de gripe',
  },
];

export async function insertPharmacyPromos(db: Kysely<Database>): Promise<void> {
  await insertPercentPromos(db, PHARMACY_PROMOS);
}

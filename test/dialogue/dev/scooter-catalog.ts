/**
 * An invented electric scooter & accessories shop (scooters, helmets, locks, chargers, tyres,
 * cleaning cloths, a mop-style deck brush and its refill) as an English Shopify import in US
 * dollars; written for branch dlg-en10 before the engine was touched. The Bodies hold yes/no facts
 * said negatively ("not included", "sold separately", "ready for …", "only for …"), figures of
 * several kinds (weight, size, run time, how often, capacity, dose) and products of neighbouring
 * types so that a type named in a question has to pick the right one.
 */
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  {
    handle: 'city-e-scooter',
    title: 'Voltway City Electric Scooter',
    body: '<p>Foldable commuter scooter with a 350 W motor and 10 inch pneumatic tires. Top speed 15.5 mph. The battery runs for about 2 hours on a full charge and recharges in 5 hours. Weighs 31 lb. Front drum brake and rear electronic brake. Seat not included.</p>',
    vendor: 'Voltway',
    type: 'Electric Scooters',
    tags: 'scooter, e-scooter, electric, commuter',
    price: 449,
    options: { Color: ['Black', 'Gray'] },
    soldOut: ['Gray'],
  },
  {
    handle: 'trail-e-scooter',
    title: 'Voltway Trail Electric Scooter',
    body: '<p>Off-road scooter with an 800 W rear motor and dual suspension. Frame has mounts for a hydraulic disc brake; ships with mechanical drum brakes. Not for riders under 14. Folded size 47 x 22 x 20 inches.</p>',
    vendor: 'Voltway',
    type: 'Electric Scooters',
    tags: 'scooter, off-road, electric, suspension',
    price: 899,
  },
  {
    handle: 'commuter-helmet',
    title: 'Commuter Helmet with Rear Light',
    body: '<p>CPSC certified urban helmet with a built-in USB rechargeable rear light that lasts 6 hours per charge. Weighs 390 g. Removable washable padding. Visor sold separately.</p>',
    vendor: 'Shieldline',
    type: 'Helmets',
    tags: 'helmet, safety, light',
    price: 59,
    options: { Size: ['S', 'M', 'L'] },
    soldOut: ['S'],
  },
  {
    handle: 'folding-lock',
    title: 'Folding Scooter Lock',
    body: '<p>Hardened steel folding lock with six 85 cm links. Comes with 3 keys and a frame mount bracket. Not waterproof; wipe dry after rain.</p>',
    vendor: 'Shieldline',
    type: 'Locks',
    tags: 'lock, security, anti-theft',
    price: 45,
  },
  {
    handle: 'fast-charger',
    title: '42V Fast Charger',
    body: '<p>42V 4A fast charger for 36V scooter batteries. Only for Voltway City scooters; it does not fit the Trail model. Charges a flat battery in about 2.5 hours.</p>',
    vendor: 'Voltway',
    type: 'Chargers',
    tags: 'charger, battery, power',
    price: 39,
  },
  {
    handle: 'inner-tube-pair',
    title: '10 Inch Inner Tubes (Pair)',
    body: '<p>Two butyl inner tubes for 10 x 2.5 inch tires with bent valves. Tires sold separately. Check the pressure once a week.</p>',
    vendor: 'Voltway',
    type: 'Tires & Tubes',
    tags: 'tube, tire, repair',
    price: 19,
  },
  {
    handle: 'microfiber-cloths',
    title: 'Microfiber Cleaning Cloths (6 Pack)',
    body: '<p>Six lint-free microfiber cloths for frames, decks and visors. Each cloth measures 30 x 30 cm. Machine washable at 40 degrees; never use fabric softener.</p>',
    vendor: 'Cleanride',
    type: 'Cleaning',
    tags: 'cloth, cleaning, microfiber',
    price: 12,
  },
  {
    handle: 'deck-mop',
    title: 'Spin Deck Mop',
    body: '<p>Spin mop with a 120 cm telescopic handle for scooter decks and garage floors. Safe on rubber grip tape and painted aluminium. Comes with one refill head.</p>',
    vendor: 'Cleanride',
    type: 'Cleaning',
    tags: 'mop, cleaning, deck',
    price: 29,
  },
  {
    handle: 'mop-refill',
    title: 'Spin Mop Refill Head',
    body: '<p>Replacement microfiber head for the Spin Deck Mop. Do not use on grip tape. Replace it every 3 months.</p>',
    vendor: 'Cleanride',
    type: 'Cleaning',
    tags: 'refill, mop head, cleaning',
    price: 9,
  },
  {
    handle: 'scooter-wash',
    title: 'Scooter Wash Concentrate',
    body: '<p>Biodegradable wash concentrate in a 500 ml bottle. Dilute 25 ml per litre of water. Barely any foam, so no rinsing is needed.</p>',
    vendor: 'Cleanride',
    type: 'Cleaning',
    tags: 'wash, soap, cleaning',
    price: 14,
  },
  {
    handle: 'phone-mount',
    title: 'Handlebar Phone Mount',
    body: '<p>Aluminium phone mount for handlebars 22 to 32 mm across. Holds phones 4.7 to 6.8 inches. Phone not included.</p>',
    vendor: 'Shieldline',
    type: 'Accessories',
    tags: 'phone holder, mount, accessories',
    price: 25,
  },
  {
    handle: 'storage-bag',
    title: 'Handlebar Storage Bag',
    body: '<p>Water-resistant handlebar bag with a 3 L capacity and a reflective strip. Straps to any stem.</p>',
    vendor: 'Shieldline',
    type: 'Accessories',
    tags: 'bag, storage, accessories',
    price: 22,
  },
];

export function scooterCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 900);
}

/** The shop's policy text: shipping, returns, warranty, payment; nothing on assembly visits. */
export const SCOOTER_POLICY = [
  'Shipping: standard delivery takes 4 to 6 business days within the US.',
  'Shipping is free on orders over $100; below that it costs $9.99.',
  'Returns: unridden scooters and unused accessories can be returned within 14 days.',
  'Warranty: electric scooters carry a 12-month warranty on the frame, motor and battery.',
  'Payment: we accept Visa, Mastercard, Discover and PayPal.',
].join('\n');

/**
 * An invented disc golf shop as a Shopify products export (English only, USD), written for branch
 * dlg-en11 before the engine was touched: discs by type (drivers, midranges, putters) with their
 * weight in grams and plastic as options, flight numbers only in the text, bags, baskets, apparel
 * whose titles share words with other types (a "Putter Pouch" is a bag, "Drive Shorts" are
 * apparel), shop colour names (Sunburst, Glacier, Ember) and sold-out values.
 */
import { shopifyCsv } from './shopify-csv.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const PRODUCTS: GridProduct[] = [
  // Drivers.
  {
    handle: 'orbital-comet-driver',
    title: 'Orbital Comet Distance Driver',
    body: '<p>A fast, understable distance driver for big arm players. Flight numbers 12 / 5 / -1 / 2. Premium plastic that grips well in the cold.</p>',
    vendor: 'Orbital',
    type: 'Drivers',
    tags: 'driver, distance, understable',
    price: 19,
    options: { Weight: ['165 g', '170 g', '175 g'], Color: ['Sunburst', 'Glacier', 'Ember'] },
    soldOut: ['175 g/Ember'],
  },
  {
    handle: 'orbital-hammer-driver',
    title: 'Orbital Hammer Overstable Driver',
    body: '<p>An overstable driver that fights the wind and fades hard. Flight numbers 11 / 4 / 0 / 4. Not for beginners.</p>',
    vendor: 'Orbital',
    type: 'Drivers',
    tags: 'driver, overstable, wind',
    price: 21,
    options: { Weight: ['170 g', '175 g'], Color: ['Ember', 'Glacier'] },
  },
  {
    handle: 'kitefield-glide-fairway',
    title: 'Kitefield Glide Fairway Driver',
    body: '<p>A straight, easy fairway driver, ideal for beginners and kids. Flight numbers 7 / 5 / -1 / 1. Baseline plastic.</p>',
    vendor: 'Kitefield',
    type: 'Drivers',
    tags: 'driver, fairway, beginner',
    price: 12,
    options: { Weight: ['150 g', '165 g', '175 g'], Color: ['Sunburst', 'Glacier'] },
    soldOut: ['150 g'],
  },
  // Midranges.
  {
    handle: 'kitefield-arrow-midrange',
    title: 'Kitefield Arrow Midrange',
    body: '<p>A neutral midrange that flies dead straight. Flight numbers 5 / 4 / 0 / 1.</p>',
    vendor: 'Kitefield',
    type: 'Midranges',
    tags: 'midrange, straight',
    price: 15,
    options: { Weight: ['170 g', '177 g'], Color: ['Glacier', 'Ember'] },
  },
  {
    handle: 'orbital-anchor-midrange',
    title: 'Orbital Anchor Midrange',
    body: '<p>A stable midrange for approach shots and headwind. Flight numbers 5 / 3 / 0 / 2.</p>',
    vendor: 'Orbital',
    type: 'Midranges',
    tags: 'midrange, stable, approach',
    price: 17,
    options: { Weight: ['175 g', '180 g'], Color: ['Sunburst'] },
  },
  // Putters.
  {
    handle: 'kitefield-birdie-putter',
    title: 'Kitefield Birdie Putter',
    body: '<p>A soft, grippy putter that sticks to chains. Flight numbers 3 / 3 / 0 / 1. Putt-and-approach plastic.</p>',
    vendor: 'Kitefield',
    type: 'Putters',
    tags: 'putter, soft, grippy',
    price: 11,
    options: { Weight: ['170 g', '174 g'], Color: ['Sunburst', 'Glacier', 'Ember'] },
  },
  {
    handle: 'orbital-stone-putter',
    title: 'Orbital Stone Putter',
    body: '<p>A firm, beaded putter for throwing and putting. Flight numbers 3 / 2 / 0 / 2.</p>',
    vendor: 'Orbital',
    type: 'Putters',
    tags: 'putter, firm, beaded',
    price: 14,
    options: { Weight: ['172 g', '175 g'], Color: ['Glacier'] },
  },
  // Bags.
  {
    handle: 'trailhead-backpack-bag',
    title: 'Trailhead Backpack Disc Bag',
    body: '<p>A backpack bag that holds 22 discs, with two bottle pockets, a cooler pocket and a rain hood. Padded straps.</p>',
    vendor: 'Trailhead',
    type: 'Bags',
    tags: 'bag, backpack, 22 discs',
    price: 129,
    options: { Color: ['Black', 'Moss'] },
    soldOut: ['Moss'],
  },
  {
    handle: 'trailhead-starter-bag',
    title: 'Trailhead Starter Shoulder Bag',
    body: '<p>A light shoulder bag for 10 discs with a single strap and a putter pocket.</p>',
    vendor: 'Trailhead',
    type: 'Bags',
    tags: 'bag, shoulder, starter, 10 discs',
    price: 35,
    options: { Color: ['Black', 'Red'] },
  },
  {
    handle: 'kitefield-putter-pouch',
    title: 'Kitefield Putter Pouch',
    body: '<p>A small pouch for two putters that clips to your belt for field practice.</p>',
    vendor: 'Kitefield',
    type: 'Bags',
    tags: 'bag, pouch, putter',
    price: 18,
  },
  // Baskets.
  {
    handle: 'chainlink-pro-basket',
    title: 'Chainlink Pro Basket',
    body: '<p>A regulation basket with 24 chains on two rings. Steel, powder coated, weatherproof. Weighs 38 kg.</p>',
    vendor: 'Chainlink',
    type: 'Baskets',
    tags: 'basket, target, regulation, chains',
    price: 349,
  },
  {
    handle: 'chainlink-portable-basket',
    title: 'Chainlink Portable Basket',
    body: '<p>A folding practice basket that sets up in a minute and fits in a carry bag. Weighs 9 kg.</p>',
    vendor: 'Chainlink',
    type: 'Baskets',
    tags: 'basket, portable, practice, folding',
    price: 149,
  },
  // Apparel and accessories.
  {
    handle: 'trailhead-drive-shorts',
    title: 'Trailhead Drive Shorts',
    body: '<p>Stretchy shorts with deep pockets for mini markers and a towel loop.</p>',
    vendor: 'Trailhead',
    type: 'Apparel',
    tags: 'shorts, apparel',
    price: 45,
    options: { Size: ['S', 'M', 'L', 'XL'] },
    soldOut: ['XL'],
  },
  {
    handle: 'trailhead-grip-glove',
    title: 'Trailhead Grip Glove',
    body: '<p>A fingerless throwing glove for wet and cold rounds, sold single for the throwing hand.</p>',
    vendor: 'Trailhead',
    type: 'Gloves',
    tags: 'glove, grip, cold, wet',
    price: 16,
    options: { Size: ['S', 'M', 'L'] },
  },
  {
    handle: 'chainlink-beanie',
    title: 'Chainlink Winter Beanie',
    body: '<p>A warm knit beanie with a chain logo.</p>',
    vendor: 'Chainlink',
    type: 'Apparel',
    tags: 'beanie, hat, winter, apparel',
    price: 22,
    options: { Color: ['Black', 'Ember'] },
  },
  {
    handle: 'kitefield-mini-marker',
    title: 'Kitefield Mini Marker Disc',
    body: '<p>A small marker disc to mark your lie on the fairway.</p>',
    vendor: 'Kitefield',
    type: 'Accessories',
    tags: 'mini, marker, accessories',
    price: 4,
  },
  {
    handle: 'orbital-grip-bag',
    title: 'Orbital Chalk Grip Bag',
    body: '<p>A chalk bag that keeps your hands dry between throws.</p>',
    vendor: 'Orbital',
    type: 'Accessories',
    tags: 'chalk, grip, accessories',
    price: 9,
  },
  {
    handle: 'trailhead-towel',
    title: 'Trailhead Microfiber Towel',
    body: '<p>A quick-dry towel with a clip for your bag.</p>',
    vendor: 'Trailhead',
    type: 'Accessories',
    tags: 'towel, accessories',
    price: 12,
  },
];

export function discGolfCsv(): string {
  return shopifyCsv(PRODUCTS.map(gridRow), 175);
}

/** The shop's policy text: shipping and returns only. */
export const DISC_GOLF_POLICY = [
  'Shipping: orders ship within 2 business days; delivery takes 3 to 5 business days in the US.',
  'Shipping is free on orders over $60; below that it costs $6.',
  'Returns: unthrown discs and unused gear can be returned within 30 days.',
].join('\n');

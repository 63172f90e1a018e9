/**
 * An eyewear & sunglasses store as a Shopify products export, written for issue 12's option and
 * variant mechanisms before the engine was tuned on them: options that are neither a worn size nor
 * the first colour (Frame Size in millimetres, a second colour option, a yes/no "Polarized", a
 * reader "Strength" with a plus sign, Length in inches, Volume in fl oz, Pack), multi-word lens
 * colour names reached by a colour family ("blue" → Ocean Blue Mirror), sold-out variants, and a
 * product text that answers a yes/no question (prescription-ready).
 */
import { type ShopifyRow, shopifyCsv } from './shopify-csv.ts';

const ROWS: ShopifyRow[] = [
  {
    handle: 'solvane-harbor-polarized-aviator-sunglasses',
    title: 'Solvane Harbor Polarized Aviator Sunglasses',
    body: '<p>Metal aviator frame with polarized glass lenses. 100% UV400 protection. Spring hinges.</p>',
    vendor: 'Solvane',
    type: 'Sunglasses',
    tags: 'sunglasses, aviator, polarized',
    options: ['Frame Size', 'Lens Color'],
    variants: [
      [['52 mm', 'Smoke Gray'], 8, 129],
      [['52 mm', 'Ocean Blue Mirror'], 5, 139],
      [['52 mm', 'Amber Brown'], 6, 129],
      [['58 mm', 'Smoke Gray'], 7, 129],
      [['58 mm', 'Ocean Blue Mirror'], 0, 139],
      [['58 mm', 'Amber Brown'], 4, 129],
    ],
  },
  {
    handle: 'kestrel-classic-wayfarer-sunglasses',
    title: 'Kestrel Classic Wayfarer Sunglasses',
    body: '<p>Acetate wayfarer frame. Choose polarized or standard lenses. UV400.</p>',
    vendor: 'Kestrel Optics',
    type: 'Sunglasses',
    tags: 'sunglasses, wayfarer',
    options: ['Lens Color', 'Polarized'],
    variants: [
      [['G-15 Green', 'Yes'], 6, 89],
      [['G-15 Green', 'No'], 9, 69],
      [['Polar Gray', 'Yes'], 5, 89],
      [['Polar Gray', 'No'], 0, 69],
      [['Rose Gold Mirror', 'Yes'], 0, 99],
      [['Rose Gold Mirror', 'No'], 3, 79],
    ],
  },
  {
    handle: 'clearview-round-optical-frames',
    title: 'Clearview Round Optical Frames',
    body: '<p>Lightweight round frames, prescription-ready: any optician can fit your prescription lenses. Ships with clear demo lenses.</p>',
    vendor: 'Clearview',
    type: 'Eyeglass Frames',
    tags: 'frames, optical, prescription',
    options: ['Frame Size', 'Frame Color'],
    variants: [
      [['Small', 'Tortoise'], 4, 119],
      [['Medium', 'Tortoise'], 6, 119],
      [['Large', 'Tortoise'], 3, 119],
      [['Medium', 'Matte Black'], 5, 119],
      [['Large', 'Matte Black'], 0, 119],
      [['Medium', 'Crystal Clear'], 2, 119],
    ],
  },
  {
    handle: 'solvane-sport-wrap-sunglasses',
    title: 'Solvane Sport Wrap Sunglasses',
    body: '<p>Wraparound sport sunglasses with grippy nose pads. Not polarized. Impact-resistant polycarbonate lenses.</p>',
    vendor: 'Solvane',
    type: 'Sunglasses',
    tags: 'sunglasses, sport, running, cycling',
    options: ['Lens Color'],
    variants: [
      [['Fire Red Mirror'], 0, 79],
      [['Volt Green'], 8, 79],
      [['Ice Blue Mirror'], 5, 79],
    ],
  },
  {
    handle: 'clearview-blue-light-reading-glasses',
    title: 'Clearview Blue Light Reading Glasses',
    body: '<p>Readers with a blue-light filtering coating. Magnification strength from +1.00 to +2.50.</p>',
    vendor: 'Clearview',
    type: 'Reading Glasses',
    tags: 'readers, reading glasses, blue light',
    options: ['Strength'],
    variants: [
      [['+1.00'], 10, 29],
      [['+1.50'], 10, 29],
      [['+2.00'], 0, 29],
      [['+2.50'], 7, 29],
    ],
  },
  {
    handle: 'kestrel-microfiber-lens-cleaning-cloths',
    title: 'Kestrel Microfiber Lens Cleaning Cloths',
    body: '<p>Soft microfiber cloths for glasses, screens and camera lenses. Machine washable.</p>',
    vendor: 'Kestrel Optics',
    type: 'Lens Care',
    tags: 'cleaning, microfiber, cloth',
    options: ['Pack'],
    variants: [
      [['3-pack'], 20, 9],
      [['6-pack'], 15, 15],
      [['12-pack'], 10, 25],
    ],
  },
  {
    handle: 'clearview-anti-fog-lens-spray',
    title: 'Clearview Anti-Fog Lens Spray',
    body: '<p>Alcohol-free anti-fog and cleaning spray, safe on coated lenses.</p>',
    vendor: 'Clearview',
    type: 'Lens Care',
    tags: 'cleaning, anti-fog, spray',
    options: ['Volume'],
    variants: [
      [['2 fl oz'], 12, 11],
      [['8 fl oz'], 0, 24],
    ],
  },
  {
    handle: 'kestrel-hard-shell-glasses-case',
    title: 'Kestrel Hard Shell Glasses Case',
    body: '<p>Crush-proof clamshell case with a felt lining.</p>',
    vendor: 'Kestrel Optics',
    type: 'Cases',
    tags: 'case, storage',
    options: ['Color'],
    variants: [
      [['Navy'], 10, 19],
      [['Charcoal'], 10, 19],
      [['Sand'], 0, 19],
    ],
  },
  {
    handle: 'solvane-kids-flexible-sunglasses',
    title: 'Solvane Kids Flexible Sunglasses',
    body: '<p>Bendable, unbreakable frames for kids. Polarized, UV400.</p>',
    vendor: 'Solvane',
    type: 'Sunglasses',
    tags: 'sunglasses, kids, children',
    options: ['Size', 'Color'],
    variants: [
      [['Toddler', 'Pink'], 5, 34],
      [['Toddler', 'Sky Blue'], 5, 34],
      [['Kids', 'Pink'], 0, 34],
      [['Kids', 'Sky Blue'], 6, 34],
    ],
  },
  {
    handle: 'kestrel-floating-eyewear-retainer',
    title: 'Kestrel Floating Eyewear Retainer',
    body: '<p>Neoprene strap that keeps your glasses afloat if they fall in the water.</p>',
    vendor: 'Kestrel Optics',
    type: 'Straps',
    tags: 'strap, retainer, water',
    options: ['Length', 'Color'],
    variants: [
      [['14 in', 'Black'], 10, 12],
      [['14 in', 'Neon Orange'], 8, 12],
      [['18 in', 'Black'], 6, 13],
      [['18 in', 'Neon Orange'], 0, 13],
    ],
  },
];

export function eyewearCsv(): string {
  return shopifyCsv(ROWS, 60);
}

/**
 * An invented nursery store (Shopify CSV) for cart requests: counts with option values, values
 * named by a word inside them or by "the big one", one value in stock, a size said for a product
 * whose sizes are an option, several items at once, corrections, remove, promo and checkout.
 */
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Variant Weight Unit,Status';

const ROWS = [
  'glowmoth-night-light,Glowmoth Plug-In Night Light,Soft amber glow.,Glowmoth,Night Lights,night light,true,Pack,Single,,,,,GM-1,90,12,14.00,g,active',
  'glowmoth-night-light,,,,,,,,2-pack,,,,,GM-2,180,0,26.00,g,active',
  'starlit-projector,Starlit Ceiling Projector Lamp,Stars on the ceiling.,Starlit,Night Lights,night light,true,Title,Default Title,,,,,SP-1,300,5,39.00,g,active',
  'pebble-baby-wipes,Pebble Unscented Baby Wipes,Water based.,Pebble,Wipes,wipes,true,Format,Tub 80,,,,,PW-T,500,20,6.00,g,active',
  'pebble-baby-wipes,,,,,,,,3 Refill Pouches,,,,,PW-R,900,15,12.00,g,active',
  'snugwell-diaper-cream,Snugwell Zinc Diaper Cream,Zinc oxide.,Snugwell,Diaper Cream,cream,true,Volume,2 oz,,,,,SW-2,60,9,5.00,g,active',
  'snugwell-diaper-cream,,,,,,,,4 oz,,,,,SW-4,120,9,8.00,g,active',
  'snugwell-diaper-cream,,,,,,,,16 oz,,,,,SW-16,480,9,21.00,g,active',
  'bubblebee-baby-wash,Bubblebee Gentle Baby Wash,Tear free.,Bubblebee,Baby Wash,wash,true,Volume,500 ml,,,,,BB-500,520,10,9.00,g,active',
  'bubblebee-baby-wash,,,,,,,,1 L,,,,,BB-1000,1040,10,15.00,g,active',
  'lullaby-crib-sheet,Lullaby Jersey Crib Sheet,Stretchy cotton jersey.,Lullaby,Crib Sheets,sheet,true,Fit,S,,,,,LC-S,200,4,18.00,g,active',
  'lullaby-crib-sheet,,,,,,,,M,,,,,LC-M,220,4,19.00,g,active',
  'lullaby-crib-sheet,,,,,,,,L,,,,,LC-L,240,0,20.00,g,active',
  'chewbee-silicone-teether,Chewbee Silicone Ring Teether,Food-grade.,Chewbee,Teethers,"teether, silicone",true,Title,Default Title,,,,,CB-1,40,30,7.00,g,active',
  'chewbee-wooden-teether,Chewbee Maple Wood Teether,Untreated maple.,Chewbee,Teethers,"teether, wood",true,Title,Default Title,,,,,CB-2,40,30,9.00,g,active',
];

export const nurseryCsv = (): string => `${HEADER}\n${ROWS.join('\n')}\n`;

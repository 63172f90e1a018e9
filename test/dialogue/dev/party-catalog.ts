/**
 * An invented party-supplies & tableware store as a Shopify products export (English only),
 * written for issue 12's Spanish work before the engine was touched: balloons, plates, napkins,
 * cups, banners, candles, straws; pack counts, colours and sizes as options, one sold-out value,
 * and product texts that answer yes/no questions (compostable, microwave safe, dishwasher safe).
 */
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Variant Weight Unit,Status';

interface Row {
  handle: string;
  title: string;
  body: string;
  vendor: string;
  type: string;
  tags: string;
  /** Option names (one or two). */
  options: string[];
  /** values (one per option), stock, price */
  variants: [string[], number, number][];
}

const ROWS: Row[] = [
  {
    handle: 'popfest-latex-party-balloons',
    title: 'Popfest Latex Party Balloons 12 in',
    body: '<p>Biodegradable natural latex balloons, 12 inch. Float 12 hours with helium.</p>',
    vendor: 'Popfest',
    type: 'Balloons',
    tags: 'balloons, latex, biodegradable',
    options: ['Color', 'Pack'],
    variants: [
      [['Red', '12-pack'], 40, 6],
      [['Red', '50-pack'], 20, 19],
      [['Gold', '12-pack'], 40, 7],
      [['Gold', '50-pack'], 0, 22],
      [['Pastel Pink', '12-pack'], 30, 6],
      [['Navy', '12-pack'], 30, 6],
    ],
  },
  {
    handle: 'popfest-foil-star-balloon',
    title: 'Popfest Foil Star Balloon 18 in',
    body: '<p>Metallic foil star balloon, 18 inch. Self-sealing valve. Not biodegradable.</p>',
    vendor: 'Popfest',
    type: 'Balloons',
    tags: 'balloons, foil',
    options: ['Color'],
    variants: [
      [['Gold'], 25, 4],
      [['Silver'], 25, 4],
    ],
  },
  {
    handle: 'floatly-disposable-helium-tank',
    title: 'Floatly Disposable Helium Tank',
    body: '<p>Fills up to 30 balloons of 9 inch. Weight 3.2 kg.</p>',
    vendor: 'Floatly',
    type: 'Helium Tanks',
    tags: 'helium',
    options: ['Title'],
    variants: [[['Default Title'], 10, 39]],
  },
  {
    handle: 'popfest-hand-balloon-pump',
    title: 'Popfest Dual-Action Hand Balloon Pump',
    body: '<p>Inflates on the push and the pull. Fits latex and foil balloons.</p>',
    vendor: 'Popfest',
    type: 'Balloon Pumps',
    tags: 'pump',
    options: ['Title'],
    variants: [[['Default Title'], 15, 9]],
  },
  {
    handle: 'tablewell-compostable-paper-plates',
    title: 'Tablewell Compostable Paper Plates',
    body: '<p>Sugarcane bagasse plates. Compostable and microwave safe. Cut resistant.</p>',
    vendor: 'Tablewell',
    type: 'Plates',
    tags: 'plates, compostable, disposable',
    options: ['Size', 'Pack'],
    variants: [
      [['7 in', '20-pack'], 30, 5],
      [['7 in', '50-pack'], 30, 11],
      [['9 in', '20-pack'], 30, 6],
      [['9 in', '50-pack'], 0, 13],
    ],
  },
  {
    handle: 'tablewell-reusable-melamine-plates',
    title: 'Tablewell Reusable Melamine Plates',
    body: '<p>Melamine party plates, set of 6. Dishwasher safe. Not microwave safe.</p>',
    vendor: 'Tablewell',
    type: 'Plates',
    tags: 'plates, reusable',
    options: ['Color'],
    variants: [
      [['White'], 12, 18],
      [['Mint'], 12, 18],
    ],
  },
  {
    handle: 'tablewell-3-ply-paper-napkins',
    title: 'Tablewell 3-Ply Paper Napkins',
    body: '<p>Soft three-ply napkins, 33 x 33 cm.</p>',
    vendor: 'Tablewell',
    type: 'Napkins',
    tags: 'napkins, paper',
    options: ['Color', 'Pack'],
    variants: [
      [['White', '20-pack'], 50, 3],
      [['White', '100-pack'], 50, 9],
      [['Gold', '20-pack'], 50, 4],
      [['Blush', '20-pack'], 50, 4],
    ],
  },
  {
    handle: 'tablewell-paper-party-cups',
    title: 'Tablewell Paper Party Cups 9 oz',
    body: '<p>Paper cups for hot and cold drinks, 9 oz.</p>',
    vendor: 'Tablewell',
    type: 'Cups',
    tags: 'cups, paper',
    options: ['Color', 'Pack'],
    variants: [
      [['White', '24-pack'], 40, 5],
      [['Red', '24-pack'], 40, 5],
      [['Gold', '24-pack'], 40, 6],
    ],
  },
  {
    handle: 'clearview-plastic-champagne-flutes',
    title: 'Clearview Plastic Champagne Flutes',
    body: '<p>Clear reusable plastic flutes, 5 oz. Dishwasher safe (top rack).</p>',
    vendor: 'Clearview',
    type: 'Cups',
    tags: 'flutes, reusable',
    options: ['Pack'],
    variants: [
      [['12-pack'], 20, 14],
      [['24-pack'], 20, 24],
    ],
  },
  {
    handle: 'glitterline-happy-birthday-banner',
    title: 'Glitterline Happy Birthday Banner',
    body: '<p>Glitter card letters, pre-strung, 3 m long.</p>',
    vendor: 'Glitterline',
    type: 'Banners',
    tags: 'banner, birthday',
    options: ['Color'],
    variants: [
      [['Gold'], 20, 8],
      [['Silver'], 20, 8],
      [['Rainbow'], 0, 8],
    ],
  },
  {
    handle: 'glitterline-tassel-garland',
    title: 'Glitterline Tissue Tassel Garland',
    body: '<p>Twenty tissue paper tassels on a 4 m cord.</p>',
    vendor: 'Glitterline',
    type: 'Banners',
    tags: 'garland, tassel',
    options: ['Color'],
    variants: [
      [['Blush'], 15, 12],
      [['Mint'], 15, 12],
    ],
  },
  {
    handle: 'glowtop-birthday-candles',
    title: 'Glowtop Spiral Birthday Candles',
    body: '<p>Dripless wax candles, 6 cm. Burn about 10 minutes.</p>',
    vendor: 'Glowtop',
    type: 'Candles',
    tags: 'candles, birthday',
    options: ['Color', 'Pack'],
    variants: [
      [['Multicolor', '24-pack'], 40, 4],
      [['Gold', '24-pack'], 40, 5],
      [['Gold', '48-pack'], 40, 8],
    ],
  },
  {
    handle: 'glowtop-number-candle',
    title: 'Glowtop Glitter Number Candle',
    body: '<p>One glitter number candle, 8 cm tall.</p>',
    vendor: 'Glowtop',
    type: 'Candles',
    tags: 'candles, number',
    options: ['Number'],
    variants: [
      [['1'], 20, 4],
      [['2'], 20, 4],
      [['3'], 20, 4],
      [['4'], 0, 4],
      [['5'], 20, 4],
    ],
  },
  {
    handle: 'sipsure-paper-straws',
    title: 'Sipsure Striped Paper Straws',
    body: '<p>Paper straws that stay firm for 3 hours. Plastic-free. Pack of 50.</p>',
    vendor: 'Sipsure',
    type: 'Straws',
    tags: 'straws, paper, plastic-free',
    options: ['Color'],
    variants: [
      [['Red'], 30, 4],
      [['Blue'], 30, 4],
    ],
  },
  {
    handle: 'tablewell-plastic-tablecloth',
    title: 'Tablewell Rectangular Plastic Tablecloth',
    body: '<p>Wipe-clean tablecloth, 137 x 274 cm. Seats 8.</p>',
    vendor: 'Tablewell',
    type: 'Tablecloths',
    tags: 'tablecloth',
    options: ['Color'],
    variants: [
      [['White'], 25, 3],
      [['Red'], 25, 3],
      [['Navy'], 25, 3],
    ],
  },
];

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function partyCsv(): string {
  const lines = [HEADER];
  for (const r of ROWS)
    r.variants.forEach(([values, stock, price], i) => {
      const first = i === 0;
      const cells = [
        r.handle,
        first ? r.title : '',
        first ? r.body : '',
        first ? r.vendor : '',
        first ? r.type : '',
        first ? r.tags : '',
        first ? 'true' : '',
        first ? (r.options[0] ?? '') : '',
        values[0] ?? '',
        first ? (r.options[1] ?? '') : '',
        values[1] ?? '',
        '',
        '',
        `${r.handle.toUpperCase()}-${i}`,
        '200',
        String(stock),
        price.toFixed(2),
        'g',
        first ? 'active' : '',
      ];
      lines.push(cells.map(q).join(','));
    });
  return `${lines.join('\n')}\n`;
}

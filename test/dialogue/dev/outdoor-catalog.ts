/**
 * Development catalog of a vertical the engine was not written for: an outdoor-gear store,
 * exported the way Shopify does (one CSV row per variant, English only, Type and Tags columns,
 * option names "Size" and "Color", sizes like 9.5 / Long / Regular, colours like Moss and Slate).
 * Used only for development of the dialogue engine; the frozen evaluation set lives elsewhere.
 */

interface Spec {
  handle: string;
  title: string;
  vendor: string;
  type: string;
  tags: string[];
  body: string;
  price: number;
  sizes?: string[];
  colors?: string[];
  /** "size", "color" or "size/color" variants with no stock. */
  soldOut?: string[];
}

export const OUTDOOR: Spec[] = [
  {
    handle: 'ridgeline-ul-2-tent',
    title: 'Ridgeline UL 2 Person Ultralight Backpacking Tent',
    vendor: 'Alpenrock',
    type: 'Tents',
    tags: ['ultralight', 'backpacking', 'waterproof'],
    body: '<p>Freestanding two person tent for long trails.</p><ul><li>Trail weight 1.2 kg</li><li>Waterproof fly, 3000 mm coating</li><li>Two doors</li></ul>',
    price: 349,
    colors: ['Moss', 'Slate'],
  },
  {
    handle: 'basecamp-4-tent',
    title: 'Basecamp 4 Family Camping Tent',
    vendor: 'Trailhead Co',
    type: 'Tents',
    tags: ['family', 'car camping', 'waterproof'],
    body: '<p>Roomy four person tent with a full waterproof fly. Weight 5.4 kg. Stands 1.9 m tall.</p>',
    price: 229,
    colors: ['Sand'],
  },
  {
    handle: 'nimbus-1-solo-tent',
    title: 'Nimbus 1 Solo Tent',
    vendor: 'Kestrel',
    type: 'Tents',
    tags: ['solo', 'backpacking'],
    body: '<p>Single wall solo shelter pitched with trekking poles. Weight 0.9 kg. Water-resistant silnylon.</p>',
    price: 189,
    colors: ['Orange'],
  },
  {
    handle: 'summit-pack-45',
    title: 'Summit Pack 45L Ultralight Backpack',
    vendor: 'Alpenrock',
    type: 'Backpacks',
    tags: ['ultralight', 'hiking'],
    body: '<p>Frameless 45 litre pack with roll-top closure. Weight 1.1 kg. Torso lengths Regular and Long.</p>',
    price: 189,
    sizes: ['Regular', 'Long'],
    colors: ['Moss', 'Black'],
    soldOut: ['Long/Black'],
  },
  {
    handle: 'traverse-60-backpack',
    title: 'Traverse 60L Trekking Backpack',
    vendor: 'Trailhead Co',
    type: 'Backpacks',
    tags: ['trekking', 'hiking'],
    body: '<p>Framed 60 litre pack for multi-day trips. Weight 2.1 kg. Rain cover included.</p>',
    price: 239,
    colors: ['Slate', 'Red'],
  },
  {
    handle: 'daytripper-22-daypack',
    title: 'Daytripper 22L Daypack',
    vendor: 'Kestrel',
    type: 'Backpacks',
    tags: ['day hiking'],
    body: '<p>Light 22 litre daypack with hydration sleeve. Weight 0.6 kg.</p>',
    price: 79,
    colors: ['Black', 'Blue'],
  },
  {
    handle: 'cascade-mid-gtx-boots',
    title: 'Cascade Mid GTX Waterproof Hiking Boots - Men’s',
    vendor: 'Alpenrock',
    type: 'Hiking Boots',
    tags: ['waterproof', 'leather', 'mens'],
    body: '<p>Mid-cut hiking boot with a waterproof membrane and Vibram sole. Weight 1.3 kg per pair.</p>',
    price: 199,
    sizes: ['8', '8.5', '9', '9.5', '10', '11'],
    colors: ['Brown'],
    soldOut: ['9.5'],
  },
  {
    handle: 'ridge-walker-boots',
    title: 'Ridge Walker Leather Hiking Boots',
    vendor: 'Trailhead Co',
    type: 'Hiking Boots',
    tags: ['leather'],
    body: '<p>Classic full-grain leather boot, resoleable. Weight 1.6 kg per pair.</p>',
    price: 169,
    sizes: ['9', '10', '11', '12'],
    colors: ['Brown', 'Black'],
    soldOut: ['11/Black'],
  },
  {
    handle: 'scree-runner-trail-shoes',
    title: 'Scree Runner Trail Shoes',
    vendor: 'Kestrel',
    type: 'Trail Shoes',
    tags: ['trail running', 'lightweight'],
    body: '<p>Grippy trail running shoe with a rock plate. Weight 0.6 kg per pair. Breathable mesh, not waterproof.</p>',
    price: 139,
    sizes: ['9', '9.5', '10', '10.5'],
    colors: ['Slate', 'Orange'],
  },
  {
    handle: 'polar-down-20-bag',
    title: 'Polar Down 20 Sleeping Bag',
    vendor: 'Alpenrock',
    type: 'Sleeping Bags',
    tags: ['down', 'winter'],
    body: '<p>800 fill down mummy bag. Comfort rating -7 °C. Weight 1.0 kg.</p>',
    price: 299,
    sizes: ['Regular', 'Long'],
    colors: ['Red'],
  },
  {
    handle: 'summer-lite-40-bag',
    title: 'Summer Lite 40 Sleeping Bag',
    vendor: 'Kestrel',
    type: 'Sleeping Bags',
    tags: ['summer', 'synthetic'],
    body: '<p>Warm-weather synthetic bag. Comfort rating 5 °C. Weight 0.7 kg.</p>',
    price: 119,
    sizes: ['Regular', 'Long'],
    colors: ['Blue'],
    soldOut: ['Long'],
  },
  {
    handle: 'basecamp-synthetic-30-bag',
    title: 'Basecamp Synthetic 30 Sleeping Bag',
    vendor: 'Trailhead Co',
    type: 'Sleeping Bags',
    tags: ['synthetic'],
    body: '<p>Rectangular synthetic bag for car camping. Comfort rating -1 °C. Weight 1.6 kg.</p>',
    price: 89,
    sizes: ['Regular'],
    colors: ['Green'],
  },
  {
    handle: 'carbon-trek-poles',
    title: 'Carbon Trek Trekking Poles',
    vendor: 'Alpenrock',
    type: 'Trekking Poles',
    tags: ['carbon', 'ultralight'],
    body: '<p>Three-section carbon poles with cork grips, sold as a pair. Weight 440 g per pair.</p>',
    price: 129,
  },
  {
    handle: 'alu-trail-poles',
    title: 'Alu Trail Trekking Poles',
    vendor: 'Trailhead Co',
    type: 'Trekking Poles',
    tags: ['aluminium'],
    body: '<p>Adjustable aluminium poles, sold as a pair. Weight 560 g per pair.</p>',
    price: 59,
  },
  {
    handle: 'stormshell-rain-jacket',
    title: 'Stormshell 3L Rain Jacket',
    vendor: 'Northwind',
    type: 'Rain Jackets',
    tags: ['waterproof', 'breathable'],
    body: '<p>Waterproof and breathable three-layer shell with pit zips. Weight 380 g.</p>',
    price: 179,
    sizes: ['S', 'M', 'L', 'XL'],
    colors: ['Moss', 'Slate', 'Red'],
    soldOut: ['M/Red'],
  },
  {
    handle: 'breeze-wind-shell',
    title: 'Breeze Wind Shell',
    vendor: 'Northwind',
    type: 'Rain Jackets',
    tags: ['windproof'],
    body: '<p>Featherweight wind shell with a water-repellent finish. Weight 120 g. Packs into its pocket.</p>',
    price: 99,
    sizes: ['S', 'M', 'L'],
    colors: ['Yellow', 'Black'],
  },
  {
    handle: 'beacon-400-headlamp',
    title: 'Beacon 400 Headlamp',
    vendor: 'Kestrel',
    type: 'Headlamps',
    tags: ['battery'],
    body: '<p>400 lumen headlamp running on three AAA batteries. Weight 85 g. IPX4 splash proof.</p>',
    price: 49,
    colors: ['Black', 'Yellow'],
  },
  {
    handle: 'beacon-900-headlamp',
    title: 'Beacon 900 Rechargeable Headlamp',
    vendor: 'Kestrel',
    type: 'Headlamps',
    tags: ['rechargeable', 'usb-c'],
    body: '<p>900 lumen rechargeable headlamp with USB-C charging. Weight 110 g. Waterproof to IPX7.</p>',
    price: 89,
    colors: ['Black'],
  },
  {
    handle: 'jetflame-stove',
    title: 'Jetflame Camp Stove',
    vendor: 'Northwind',
    type: 'Camp Stoves',
    tags: ['gas'],
    body: '<p>Integrated canister stove system, boils a litre in 3 minutes. Weight 370 g.</p>',
    price: 119,
  },
  {
    handle: 'clearflow-water-filter',
    title: 'ClearFlow Squeeze Water Filter',
    vendor: 'Northwind',
    type: 'Water Filters',
    tags: ['filter'],
    body: '<p>Hollow-fibre squeeze filter, removes 99.9999 % of bacteria. Weight 85 g.</p>',
    price: 39,
  },
];

const HEADER = [
  'Handle',
  'Title',
  'Body (HTML)',
  'Vendor',
  'Product Category',
  'Type',
  'Tags',
  'Published',
  'Option1 Name',
  'Option1 Value',
  'Option2 Name',
  'Option2 Value',
  'Variant SKU',
  'Variant Inventory Qty',
  'Variant Price',
  'Status',
];

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The catalog as a Shopify products CSV export. */
export function outdoorCsv(specs: Spec[] = OUTDOOR): string {
  const lines = [HEADER.join(',')];
  for (const p of specs) {
    const sizes = p.sizes ?? [''];
    const colors = p.colors ?? [''];
    const names = [p.sizes ? 'Size' : '', p.colors ? 'Color' : ''].filter(Boolean);
    let first = true;
    for (const size of sizes)
      for (const color of colors) {
        const values = [size, color].filter(Boolean);
        const out = new Set(p.soldOut ?? []);
        const stock = out.has(size) || out.has(color) || out.has(`${size}/${color}`) ? 0 : 6;
        const row = [
          p.handle,
          first ? p.title : '',
          first ? p.body : '',
          first ? p.vendor : '',
          first ? `Sporting Goods > Outdoor Recreation > ${p.type}` : '',
          first ? p.type : '',
          first ? p.tags.join(', ') : '',
          first ? 'TRUE' : '',
          first ? (names[0] ?? 'Title') : '',
          values[0] ?? 'Default Title',
          first ? (names[1] ?? '') : '',
          values[1] ?? '',
          `${p.handle}-${values.join('-') || 'default'}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
          String(stock),
          p.price.toFixed(2),
          first ? 'active' : '',
        ];
        lines.push(row.map(cell).join(','));
        first = false;
      }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A crafts & sewing store as a Shopify products export (English only), written for issue 12's
 * option mechanisms: options other than size and colour (Length in yards, Width in fractions of
 * an inch, Pack, Wattage, Volume, Diameter), sold-out option values, and product texts that
 * answer yes/no questions ("solvent-free", "lanolin").
 */
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Variant Weight Unit,Status';

interface Row {
  /** The brand, which also starts the product's title. */
  vendor: string;
  /** The title after the vendor. */
  name: string;
  body: string;
  type: string;
  tags: string;
  option?: string;
  /** value, stock, price */
  variants: [string, number, number][];
}

const ROWS: Row[] = [
  {
    vendor: 'Birchline',
    name: 'Cotton Quilting Fabric',
    body: '<p>Quilting cotton, 44 in wide. Pre-washed.</p>',
    type: 'Fabric',
    tags: 'cotton, quilting',
    option: 'Length',
    variants: [
      ['1 yd', 20, 12],
      ['2 yd', 10, 22],
      ['5 yd', 0, 50],
    ],
  },
  {
    vendor: 'Birchline',
    name: 'Double-Face Satin Ribbon',
    body: '<p>Polyester satin ribbon, 10 yards per spool.</p>',
    type: 'Ribbon',
    tags: 'ribbon, satin',
    option: 'Width',
    variants: [
      ['1/4"', 30, 4],
      ['1/2"', 30, 5],
      ['1"', 0, 6],
    ],
  },
  {
    vendor: 'Tessel',
    name: 'Dual-Temp Hot Glue Gun',
    body: '<p>Heats up in 3 minutes. Comes with a folding stand. Corded, 6 ft cord.</p>',
    type: 'Glue Guns',
    tags: 'glue gun, corded',
    option: 'Wattage',
    variants: [
      ['20W', 8, 15],
      ['60W', 8, 24],
    ],
  },
  {
    vendor: 'Tessel',
    name: 'Clear Glue Sticks',
    body: '<p>Mini glue sticks for all-purpose crafting.</p>',
    type: 'Glue Sticks',
    tags: 'glue sticks',
    option: 'Pack',
    variants: [
      ['10-pack', 40, 3],
      ['50-pack', 0, 11],
      ['100-pack', 12, 19],
    ],
  },
  {
    vendor: 'Marrow',
    name: 'Acrylic Gesso Primer',
    body: '<p>Primes canvas, wood and paper.</p><ul><li>Solvent-free and acid-free</li><li>Dries in 30 minutes</li></ul>',
    type: 'Primers',
    tags: 'gesso, primer',
    option: 'Volume',
    variants: [
      ['250 ml', 15, 9],
      ['500 ml', 15, 15],
      ['1 L', 0, 26],
    ],
  },
  {
    vendor: 'Marrow',
    name: 'Heavy Body Acrylic Paint Set',
    body: '<p>Artist acrylics in 22 ml tubes. Water-based, non-toxic.</p>',
    type: 'Paint Sets',
    tags: 'acrylic, paint',
    option: 'Pieces',
    variants: [
      ['12', 10, 18],
      ['24', 10, 32],
    ],
  },
  {
    vendor: 'Quill & Co',
    name: 'Beechwood Embroidery Hoop',
    body: '<p>Smooth beechwood hoop with a brass screw.</p>',
    type: 'Embroidery Hoops',
    tags: 'embroidery, hoop',
    option: 'Diameter',
    variants: [
      ['6 in', 10, 5],
      ['8 in', 10, 6],
      ['10 in', 0, 7],
    ],
  },
  {
    vendor: 'Quill & Co',
    name: 'Tailor Shears',
    body: '<p>Forged stainless steel blades, 9 in long. Comes with a leather sheath.</p>',
    type: 'Scissors',
    tags: 'scissors, sewing',
    variants: [['Default Title', 12, 29]],
  },
  {
    vendor: 'Nimbus',
    name: 'Merino Worsted Yarn',
    body: '<p>100% merino wool, 200 yards per skein.</p><ul><li>Lanolin-rich, soft on the hands</li><li>Hand wash</li></ul>',
    type: 'Yarn',
    tags: 'yarn, wool, merino',
    option: 'Color',
    variants: [
      ['Ivory', 20, 11],
      ['Charcoal', 20, 11],
    ],
  },
];

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** A product's handle (and SKU stem): its title's slug, "&" said "and". */
const handleOf = (title: string) =>
  title
    .toLowerCase()
    .replaceAll('&', 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function craftsCsv(): string {
  const lines = [HEADER];
  for (const r of ROWS) {
    const title = `${r.vendor} ${r.name}`;
    const handle = handleOf(title);
    // Shopify repeats a product's own columns on its first variant row only.
    const product = [title, r.body, r.vendor, r.type, r.tags, 'true', r.option ?? 'Title'];
    r.variants.forEach(([value, stock, price], i) => {
      const first = i === 0;
      const cells = [
        handle,
        ...(first ? product : product.map(() => '')),
        value,
        '',
        '',
        '',
        '',
        `${handle.toUpperCase()}-${i}`,
        '200',
        String(stock),
        price.toFixed(2),
        'g',
        first ? 'active' : '',
      ];
      lines.push(cells.map(q).join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}

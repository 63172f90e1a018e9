/**
 * A crafts & sewing store as a Shopify products export (English only), written for issue 12's
 * option mechanisms: options other than size and colour (Length in yards, Width in fractions of
 * an inch, Pack, Wattage, Volume, Diameter), sold-out option values, and product texts that
 * answer yes/no questions ("solvent-free", "lanolin").
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
  option?: string;
  /** value, stock, price */
  variants: [string, number, number][];
}

const ROWS: Row[] = [
  {
    handle: 'birchline-cotton-quilting-fabric',
    title: 'Birchline Cotton Quilting Fabric',
    body: '<p>Quilting cotton, 44 in wide. Pre-washed.</p>',
    vendor: 'Birchline',
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
    handle: 'birchline-double-face-satin-ribbon',
    title: 'Birchline Double-Face Satin Ribbon',
    body: '<p>Polyester satin ribbon, 10 yards per spool.</p>',
    vendor: 'Birchline',
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
    handle: 'tessel-dual-temp-hot-glue-gun',
    title: 'Tessel Dual-Temp Hot Glue Gun',
    body: '<p>Heats up in 3 minutes. Comes with a folding stand. Corded, 6 ft cord.</p>',
    vendor: 'Tessel',
    type: 'Glue Guns',
    tags: 'glue gun, corded',
    option: 'Wattage',
    variants: [
      ['20W', 8, 15],
      ['60W', 8, 24],
    ],
  },
  {
    handle: 'tessel-clear-glue-sticks',
    title: 'Tessel Clear Glue Sticks',
    body: '<p>Mini glue sticks for all-purpose crafting.</p>',
    vendor: 'Tessel',
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
    handle: 'marrow-acrylic-gesso-primer',
    title: 'Marrow Acrylic Gesso Primer',
    body: '<p>Primes canvas, wood and paper.</p><ul><li>Solvent-free and acid-free</li><li>Dries in 30 minutes</li></ul>',
    vendor: 'Marrow',
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
    handle: 'marrow-heavy-body-acrylic-paint-set',
    title: 'Marrow Heavy Body Acrylic Paint Set',
    body: '<p>Artist acrylics in 22 ml tubes. Water-based, non-toxic.</p>',
    vendor: 'Marrow',
    type: 'Paint Sets',
    tags: 'acrylic, paint',
    option: 'Pieces',
    variants: [
      ['12', 10, 18],
      ['24', 10, 32],
    ],
  },
  {
    handle: 'quill-and-co-beechwood-embroidery-hoop',
    title: 'Quill & Co Beechwood Embroidery Hoop',
    body: '<p>Smooth beechwood hoop with a brass screw.</p>',
    vendor: 'Quill & Co',
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
    handle: 'quill-and-co-tailor-shears',
    title: 'Quill & Co Tailor Shears',
    body: '<p>Forged stainless steel blades, 9 in long. Comes with a leather sheath.</p>',
    vendor: 'Quill & Co',
    type: 'Scissors',
    tags: 'scissors, sewing',
    variants: [['Default Title', 12, 29]],
  },
  {
    handle: 'nimbus-merino-worsted-yarn',
    title: 'Nimbus Merino Worsted Yarn',
    body: '<p>100% merino wool, 200 yards per skein.</p><ul><li>Lanolin-rich, soft on the hands</li><li>Hand wash</li></ul>',
    vendor: 'Nimbus',
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

export function craftsCsv(): string {
  const lines = [HEADER];
  for (const r of ROWS)
    r.variants.forEach(([value, stock, price], i) => {
      const first = i === 0;
      const cells = [
        r.handle,
        first ? r.title : '',
        first ? r.body : '',
        first ? r.vendor : '',
        first ? r.type : '',
        first ? r.tags : '',
        first ? 'true' : '',
        first ? (r.option ?? 'Title') : '',
        value,
        '',
        '',
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

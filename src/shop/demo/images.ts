/**
 * Product images drawn by the project: a deterministic SVG per product (category pictogram on a
 * colour of the product, with its name), so the demo needs no remote URLs. The server serves
 * them at `/images/<handle>.svg` via `renderProductImage`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { canonicalColor } from '../catalog/lexicon.ts';

const PALETTE: Record<string, string> = {
  black: '#2b2b2b',
  white: '#f4f4f4',
  red: '#d64541',
  blue: '#2f6fdb',
  navy: '#1f2f5a',
  green: '#2e9c5a',
  yellow: '#f2c230',
  orange: '#f08a24',
  pink: '#f28cb8',
  purple: '#8c5bd6',
  grey: '#9aa0a6',
  brown: '#8b5a2b',
  beige: '#d9c8a9',
  turquoise: '#2bb5b0',
  silver: '#c0c6cc',
};

/** One simple pictogram per category, drawn in a 200×200 box. */
const PICTOGRAMS: Record<string, string> = {
  'running-shoes': 'M20 130 L60 90 L95 100 L120 80 L175 120 L180 140 L20 140 Z',
  'trail-shoes':
    'M20 128 L58 88 L95 98 L120 78 L178 118 L182 140 L20 140 Z M30 140 l10 8 l10 -8 l10 8 l10 -8 l10 8 l10 -8 l10 8 l10 -8 l10 8 l10 -8 l10 8 l10 -8 l10 8 l10 -8',
  'football-boots':
    'M25 125 L65 85 L100 95 L125 80 L178 118 L180 135 L25 135 Z M40 135 v10 M70 135 v10 M110 135 v10 M150 135 v10',
  hoodies:
    'M70 40 Q100 20 130 40 L170 70 L155 95 L140 85 L140 165 L60 165 L60 85 L45 95 L30 70 Z M80 40 Q100 70 120 40',
  't-shirts': 'M70 40 L130 40 L170 70 L155 95 L140 85 L140 165 L60 165 L60 85 L45 95 L30 70 Z',
  shorts: 'M55 50 L145 50 L160 150 L110 150 L100 95 L90 150 L40 150 Z',
  leggings: 'M70 30 L130 30 L128 170 L108 170 L100 70 L92 170 L72 170 Z',
  jackets: 'M70 35 L130 35 L170 65 L160 170 L40 170 L30 65 Z M100 35 L100 170',
  socks: 'M80 30 L120 30 L120 120 L150 140 Q160 165 135 168 L90 165 Q78 160 80 140 Z',
  backpacks: 'M60 50 Q100 20 140 50 L150 170 L50 170 Z M75 110 L125 110 L125 150 L75 150 Z',
  'water-bottles': 'M85 25 L115 25 L115 45 L125 60 L125 170 L75 170 L75 60 L85 45 Z',
  'yoga-mats': 'M40 70 L150 70 A20 20 0 0 1 150 110 L40 110 Z M150 70 A20 20 0 0 1 150 110',
  'tennis-rackets': 'M100 20 A45 55 0 1 1 99.9 20 Z M95 128 L105 128 L108 180 L92 180 Z',
  balls: 'M100 40 A60 60 0 1 1 99.9 40 Z M100 40 L100 160 M40 100 L160 100',
  caps: 'M40 120 Q45 60 100 55 Q155 60 160 120 Z M150 120 L190 128 L150 132 Z',
};
const DEFAULT_PICTOGRAM = 'M50 50 L150 50 L150 150 L50 150 Z';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a title into at most two lines of ~22 characters. */
function titleLines(title: string): string[] {
  const words = title.split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const last = lines[lines.length - 1]!;
    if (last && (last + w).length > 22 && lines.length < 2) lines.push(w);
    else lines[lines.length - 1] = last ? `${last} ${w}` : w;
  }
  return lines;
}

export function renderProductSvg(input: {
  title: string;
  category: string;
  color?: string | null;
  brand?: string;
}): string {
  const fill = PALETTE[canonicalColor(input.color ?? '') ?? ''] ?? '#5b7db1';
  const dark = ['white', 'yellow', 'beige', 'silver', 'pink'].includes(
    canonicalColor(input.color ?? '') ?? '',
  );
  const stroke = dark ? '#333333' : '#ffffff';
  const lines = titleLines(input.title);
  const text = lines
    .map(
      (l, i) =>
        `<text x="150" y="${248 + i * 22}" text-anchor="middle" font-size="18">${escapeXml(l)}</text>`,
    )
    .join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 300" width="300" height="300" role="img"',
    ` aria-label="${escapeXml(input.title)}">`,
    '<rect width="300" height="300" fill="#f7f7f5"/>',
    `<rect x="40" y="20" width="220" height="200" rx="24" fill="${fill}"/>`,
    `<g transform="translate(50 20)" fill="none" stroke="${stroke}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round">`,
    `<path d="${PICTOGRAMS[input.category] ?? DEFAULT_PICTOGRAM}"/></g>`,
    `<g font-family="Helvetica, Arial, sans-serif" fill="#222222">${text}</g>`,
    input.brand
      ? `<text x="150" y="296" text-anchor="middle" font-size="12" fill="#777777" font-family="Helvetica, Arial, sans-serif">${escapeXml(input.brand)}</text>`
      : '',
    '</svg>',
  ].join('');
}

/** The SVG for a stored product (any catalog, not only the demo), or null when the handle is unknown. */
export async function renderProductImage(db: Kysely<Database>, handle: string): Promise<string | null> {
  const product = await db
    .selectFrom('products')
    .select(['id', 'title', 'category', 'brand'])
    .where('handle', '=', handle)
    .executeTakeFirst();
  if (!product) return null;
  const variant = await db
    .selectFrom('variants')
    .select('color')
    .where('product_id', '=', product.id)
    .orderBy('position')
    .executeTakeFirst();
  return renderProductSvg({
    title: product.title,
    category: product.category,
    color: variant?.color ?? null,
    brand: product.brand,
  });
}

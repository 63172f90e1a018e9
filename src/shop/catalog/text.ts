/**
 * Text normalisation shared by indexing and querying, so both sides agree on what a "word" is:
 * lower case, accents removed, punctuation split, light plural folding for English and Spanish.
 */

/** Lower-cases and removes diacritics ("Zapatillas Añil" → "zapatillas anil"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Accent-free lower-case word tokens; hyphenated words also yield their joined form ("t-shirt" → t, shirt, tshirt). */
export function tokenize(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const word of folded.split(/[^\p{L}\p{N}-]+/u)) {
    if (!word) continue;
    const parts = word.split('-').filter(Boolean);
    for (const part of parts) out.push(part);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

const STOPWORDS = new Set([
  // English
  'a',
  'an',
  'the',
  'and',
  'or',
  'for',
  'with',
  'of',
  'in',
  'on',
  'to',
  'my',
  'me',
  'i',
  'some',
  'any',
  'please',
  'want',
  'need',
  'looking',
  'show',
  'find',
  'search',
  'do',
  'you',
  'have',
  'get',
  'buy',
  'like',
  'would',
  'can',
  'pair',
  'is',
  'are',
  'it',
  'that',
  'this',
  'under',
  'over',
  'than',
  'less',
  'more',
  'cheap',
  'by',
  'from',
  'at',
  'something',
  // Spanish
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'unos',
  'unas',
  'de',
  'del',
  'y',
  'o',
  'con',
  'sin',
  'en',
  'al',
  'mi',
  'mis',
  'quiero',
  'busco',
  'buscando',
  'necesito',
  'tienes',
  'tienen',
  'hay',
  'me',
  'por',
  'favor',
  'que',
  'algo',
  'unas',
  'muestrame',
  'ensename',
  'dame',
  'comprar',
  'par',
  'menos',
  'mas',
  'barato',
  'baratas',
  'baratos',
  'barata',
  'se',
  'es',
  'son',
  'lo',
  'le',
  'para',
]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/**
 * Singular/plural variants of a word, English and Spanish alike: the word itself, without a final
 * "s" and without a final "es". Indexing and querying both expand, and two words match when their
 * forms intersect: "zones"~"zone", "pantalones"~"pantalon", "zapatillas"~"zapatilla", "boxes"~"box".
 */
export function forms(token: string): string[] {
  if (token.length <= 3 || /\d/.test(token) || !token.endsWith('s') || token.endsWith('ss')) return [token];
  const out = [token, token.slice(0, -1)];
  if (token.endsWith('es') && token.length > 4) out.push(token.slice(0, -2));
  return out;
}

/**
 * The forms a word may take in a product's prose: its own and singular forms plus its plurals
 * ("beginner" is found in "for beginners", "pilsner" in "for pilsners", "fermentador" in
 * "fermentadores"). Prose is indexed as written, so a singular query needs the plural spelled out.
 */
export function inflections(token: string): string[] {
  const base = forms(token);
  if (token.length < 3 || /\d/.test(token) || (token.endsWith('s') && !token.endsWith('ss'))) return base;
  return [...base, `${token}s`, `${token}es`];
}

/** The canonical (singular-ish) form used for display and as a dictionary key. */
export function stem(token: string): string {
  return forms(token)[1] ?? token;
}

/** Meaningful tokens of a text (stopwords dropped), in order. */
export function terms(text: string): string[] {
  return tokenize(text).filter((t) => !isStopword(t));
}

/** Optimal string alignment distance (Levenshtein + adjacent transpositions), bounded for speed. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Edits tolerated for a word of this length (STT errors on short words are usually other words). */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

/** A URL-safe slug ("Trail Runner 2" → "trail-runner-2"). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Tags that open or close a block of text: a paragraph, list, list item, heading, line, cell. */
const BLOCK_TAG = /<\/?(?:p|li|ul|ol|br|div|h\d|tr|td)\b[^>]*>/gi;

const BLOCK_END = '\uE000';

/**
 * The text blocks of a Shopify-style HTML description, in order: paragraphs, list items,
 * headings and lines, each without markup, entities decoded and white space folded. Inline tags
 * (<strong>, <a>, <span>) are dropped without a space, as a word may span them. With
 * `lineBreaks`, a line break ends a block too: a stored description may be plain text whose lines
 * are its clauses (a JSON catalog's), where in HTML source it is only white space.
 */
export function htmlBlocks(html: string, opts: { lineBreaks?: boolean } = {}): string[] {
  return html
    .replace(BLOCK_TAG, BLOCK_END)
    .replace(/<[^>]*>/g, '')
    .split(opts.lineBreaks ? /[\uE000\n]/ : BLOCK_END)
    .map((block) => decodeEntities(block).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Plain text from Shopify-style HTML descriptions. The end of a paragraph, list item or line is a
 * sentence end ("Presta valves only. Weight: 95 g"), so the clauses of a spec list stay apart.
 */
export function htmlToText(html: string): string {
  const blocks = htmlBlocks(html);
  return blocks.map((b, i) => (i < blocks.length - 1 && !/[.!?;:]$/.test(b) ? `${b}.` : b)).join(' ');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

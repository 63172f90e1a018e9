/**
 * A trigram ARPA language model with interpolated absolute discounting:
 *   p(w|h) = max(c(h,w) − D, 0) / c(h) + γ(h) · p(w|h′),  γ(h) = D · N₁₊(h·) / c(h)
 * For an interpolated model the ARPA prob of a seen n-gram is that whole sum and the backoff
 * weight of h is γ(h), so the file is exact. Unigrams are interpolated with a uniform floor so
 * that every word has mass.
 */
const BOS = '<s>';
const EOS = '</s>';
const SEP = '\u0001';

export interface ArpaStats {
  vocabulary: number;
  unigrams: number;
  bigrams: number;
  trigrams: number;
}

export interface ArpaOptions {
  discount?: number;
  /**
   * Word sequences counted without sentence boundaries: their n-grams inside, but neither their
   * first word after <s> nor their last before </s> (text that is not a whole spoken request).
   */
  fragments?: readonly string[];
}

function log10(p: number): string {
  return Math.log10(p).toFixed(6);
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function buildArpa(
  sentences: readonly string[],
  opts: ArpaOptions = {},
): { arpa: string; stats: ArpaStats } {
  const D = opts.discount ?? 0.5;
  const c1 = new Map<string, number>();
  const c2 = new Map<string, number>();
  const c3 = new Map<string, number>();
  const count = (w: readonly string[], from: number) => {
    for (let i = from; i < w.length; i++) {
      bump(c1, w[i] as string);
      if (i >= 1) bump(c2, `${w[i - 1]}${SEP}${w[i]}`);
      if (i >= 2) bump(c3, `${w[i - 2]}${SEP}${w[i - 1]}${SEP}${w[i]}`);
    }
  };
  for (const s of sentences) {
    const words = s.split(' ').filter(Boolean);
    if (words.length > 0) count([BOS, ...words, EOS], 1);
  }
  for (const s of opts.fragments ?? []) {
    const words = s.split(' ').filter(Boolean);
    if (words.length > 0) count(words, 0);
  }
  // History totals and distinct continuations.
  const hist1 = new Map<string, { total: number; types: number }>();
  const hist2 = new Map<string, { total: number; types: number }>();
  const addHist = (m: Map<string, { total: number; types: number }>, h: string, c: number) => {
    const e = m.get(h) ?? { total: 0, types: 0 };
    e.total += c;
    e.types += 1;
    m.set(h, e);
  };
  for (const [k, c] of c2) addHist(hist1, k.slice(0, k.indexOf(SEP)), c);
  for (const [k, c] of c3) addHist(hist2, k.slice(0, k.lastIndexOf(SEP)), c);

  const vocab = [...c1.keys()].sort();
  const n = [...c1.values()].reduce((a, b) => a + b, 0);
  const uniformMass = 0.01;
  const p1 = new Map<string, number>();
  for (const w of vocab)
    p1.set(w, (1 - uniformMass) * ((c1.get(w) ?? 0) / n) + uniformMass / (vocab.length + 1));

  const gamma = (e: { total: number; types: number } | undefined) => (e ? (D * e.types) / e.total : 1);
  const p2 = new Map<string, number>();
  for (const [k, c] of c2) {
    const [h, w] = k.split(SEP) as [string, string];
    p2.set(k, Math.max(c - D, 0) / (hist1.get(h)?.total ?? 1) + gamma(hist1.get(h)) * (p1.get(w) ?? 0));
  }
  const p3 = new Map<string, number>();
  for (const [k, c] of c3) {
    const [h1, h2, w] = k.split(SEP) as [string, string, string];
    const h = `${h1}${SEP}${h2}`;
    const lower = p2.get(`${h2}${SEP}${w}`) ?? gamma(hist1.get(h2)) * (p1.get(w) ?? 0);
    p3.set(k, Math.max(c - D, 0) / (hist2.get(h)?.total ?? 1) + gamma(hist2.get(h)) * lower);
  }

  const lines: string[] = [
    '\\data\\',
    `ngram 1=${vocab.length + 1}`,
    `ngram 2=${c2.size}`,
    `ngram 3=${c3.size}`,
    '',
    '\\1-grams:',
  ];
  lines.push(`-99.000000\t${BOS}\t${log10(gamma(hist1.get(BOS)))}`);
  for (const w of vocab) {
    const bow = w === EOS ? '' : `\t${log10(gamma(hist1.get(w)))}`;
    lines.push(`${log10(p1.get(w) ?? 0)}\t${w}${bow}`);
  }
  lines.push('', '\\2-grams:');
  for (const k of [...c2.keys()].sort()) {
    const words = k.split(SEP).join(' ');
    const h = hist2.get(k);
    lines.push(`${log10(p2.get(k) ?? 0)}\t${words}${h ? `\t${log10(gamma(h))}` : ''}`);
  }
  lines.push('', '\\3-grams:');
  for (const k of [...c3.keys()].sort()) lines.push(`${log10(p3.get(k) ?? 0)}\t${k.split(SEP).join(' ')}`);
  lines.push('', '\\end\\', '');
  return {
    arpa: lines.join('\n'),
    stats: { vocabulary: vocab.length, unigrams: vocab.length + 1, bigrams: c2.size, trigrams: c3.size },
  };
}

/** Reads the n-gram counts from an ARPA header (used by tests and the loader's sanity check). */
export function parseArpaHeader(arpa: string): number[] {
  const counts: number[] = [];
  for (const m of arpa.matchAll(/^ngram (\d)=(\d+)$/gm)) counts[Number(m[1]) - 1] = Number(m[2]);
  return counts;
}

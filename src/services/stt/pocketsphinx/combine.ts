/**
 * Dual decoding: a catalog-only decoder gives the most accurate shopping transcript, but it forces
 * every sound onto shopping words; a mixed (catalog + generic English) decoder on the same audio
 * tells whether the speech was shopping at all. Its verdict picks the text.
 */

/** Word-level edit distance between two space-separated transcripts. */
export function wordDistance(a: string, b: string): number {
  const x = a.split(' ').filter(Boolean);
  const y = b.split(' ').filter(Boolean);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const sub = (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[y.length] as number;
}

export interface DualHypotheses {
  /** Catalog-only decoder's hypothesis. */
  catalog: string;
  /** Mixed decoder's hypothesis. */
  mixed: string;
  /** Every word of the mixed hypothesis is a catalog word. */
  mixedInDomain: boolean;
}

/**
 * Which transcript to report. The catalog text wins when the mixed decoder also heard shopping
 * (then it only differs by slips the catalog LM corrects), or when both mostly agree — a single
 * generic word in an otherwise identical sentence is usually an acoustic slip, not another topic.
 * Otherwise the speech was something else and the mixed text is the readable one.
 * `maxDisagreement` is the share of the mixed hypothesis' words that may differ (bench: 0.5).
 */
export function chooseTranscript(h: DualHypotheses, maxDisagreement = 0.5): 'catalog' | 'mixed' {
  if (!h.catalog) return 'mixed';
  if (h.mixedInDomain) return 'catalog';
  const words = h.mixed.split(' ').filter(Boolean).length;
  return wordDistance(h.catalog, h.mixed) <= maxDisagreement * Math.max(1, words) ? 'catalog' : 'mixed';
}

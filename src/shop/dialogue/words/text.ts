/**
 * Text helpers shared by the NLU: normalisation that makes typed text and STT transcripts
 * look alike (lowercase, no accents, no punctuation), tokenisation and edit distance.
 */

/** Lowercase, strip diacritics, turn punctuation into spaces; keeps digits, decimal points and `$`/`€` signs apart. */
export function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // "$50" / "50€" / "49.99" survive; other punctuation becomes a word break.
      .replace(/(\d),(\d{3})\b/g, '$1$2')
      .replace(/(\d)[.,](\d{1,2})\b/g, '$1.$2')
      // ".71" (a thickness said without its zero) is "0.71"; "the .71s" are the 0.71 ones.
      .replace(/(^|[^\w.,])\.(\d{1,3})(?:s\b)?(?![\d.])/g, '$10.$2')
      .replace(/\b(\d+\.\d+)s\b/g, '$1')
      .replace(/[$€£]/g, ' ')
      .replace(/[^a-z0-9.#\s-]/g, ' ')
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      .replace(/-/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function tokenize(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/** Levenshtein distance with an early exit once `max` is exceeded (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many typos a recognised word of this length may carry and still match. */
export function allowedEdits(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** True when two single words match exactly, by a plural/singular variant, or within the allowed edits. */
export function wordsMatch(spoken: string, known: string): boolean {
  if (spoken === known) return true;
  if (stem(spoken) === stem(known)) return true;
  if (/\d/.test(spoken) || /\d/.test(known)) return false;
  const edits = Math.min(allowedEdits(known), allowedEdits(spoken));
  // Short words must keep their first sound ("hacer" is not the brand "Pacer").
  if (known.length < 7 && spoken[0] !== known[0]) return false;
  return edits > 0 && editDistance(spoken, known, edits) <= edits;
}

/** A crude EN/ES plural stripper: enough to match "hoodie"/"hoodies", "camiseta"/"camisetas", "botas"/"bota". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('es') && !/[aeiou]es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

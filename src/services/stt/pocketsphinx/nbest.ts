/**
 * N-best readings → typed alternatives: fillers stripped, duplicates (same words, different
 * silences or pronunciation variants) merged, path scores turned into shares of the list.
 */
import type { SttAlternative } from '../types.ts';

export interface ScoredReading {
  text: string;
  /** Path score, log base `LOG_BASE`. */
  score: number;
}

/** pocketsphinx's default -logbase. */
export const LOG_BASE = 1.0001;

/** Drops sentence markers, silences and fillers, and pronunciation-variant suffixes ("the(2)"). */
export function cleanReading(raw: string): string {
  return raw
    .split(/\s+/)
    .filter((w) => w && !/^[<[]/.test(w))
    .map((w) => w.replace(/\(\d+\)$/, ''))
    .join(' ');
}

/**
 * Alternatives to `best` from an N-best list, most likely first, at most `max`. Each distinct
 * reading keeps its best path score; `posterior` is its share of LOG_BASE^score over the distinct
 * readings of the list (the first choice included even when the list does not contain it).
 */
export function rankAlternatives(
  best: { text: string; score: number },
  readings: readonly ScoredReading[],
  max: number,
  inDomain?: (text: string) => boolean,
): SttAlternative[] {
  const byText = new Map<string, number>();
  byText.set(best.text, best.score);
  for (const r of readings) {
    const text = cleanReading(r.text);
    if (!text) continue;
    const prev = byText.get(text);
    if (prev === undefined || r.score > prev) byText.set(text, r.score);
  }
  const top = Math.max(...byText.values());
  const weights = new Map([...byText].map(([t, s]) => [t, LOG_BASE ** (s - top)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  return [...byText]
    .filter(([t]) => t !== best.text)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([text, score]) => ({
      text,
      source: 'nbest' as const,
      score,
      posterior: (weights.get(text) ?? 0) / total,
      ...(inDomain ? { inDomain: inDomain(text) } : {}),
    }));
}

/**
 * Sections → chunks of at most MAX_CHUNK_CHARS: a section that fits is one chunk (its heading
 * path kept), a longer one is cut between paragraphs, then between sentences, so a passage read
 * to a shopper never stops mid-sentence.
 */
import type { Chunk, Section } from './model.ts';

export const MAX_CHUNK_CHARS = 1200;

export function chunkSections(sections: readonly Section[], max = MAX_CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  for (const s of sections) {
    for (const text of pack(s.text.split('\n'), max))
      chunks.push({ ord: chunks.length, headings: s.headings, text });
  }
  return chunks;
}

function pack(paragraphs: string[], max: number): string[] {
  const pieces = paragraphs.flatMap((p) => (p.length <= max ? [p] : sentencesOf(p, max)));
  const out: string[] = [];
  let cur = '';
  for (const p of pieces) {
    if (cur && cur.length + 1 + p.length > max) {
      out.push(cur);
      cur = p;
    } else cur = cur ? `${cur}\n${p}` : p;
  }
  if (cur) out.push(cur);
  return out;
}

/** A paragraph too long for one chunk, cut at sentence ends (a sentence longer than max at spaces). */
function sentencesOf(paragraph: string, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const s of paragraph.split(/(?<=[.!?])\s+/)) {
    for (const piece of s.length <= max ? [s] : hardCut(s, max)) {
      if (cur && cur.length + 1 + piece.length > max) {
        out.push(cur);
        cur = piece;
      } else cur = cur ? `${cur} ${piece}` : piece;
    }
  }
  if (cur) out.push(cur);
  return out;
}

function hardCut(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    const at = rest.lastIndexOf(' ', max);
    const cut = at > max / 2 ? at : max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

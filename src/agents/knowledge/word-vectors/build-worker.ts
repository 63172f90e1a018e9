/**
 * Worker: turns the wink GloVe package (one 300 MB JSON document) into the compact table the
 * embedder reads — the most frequent words' vectors, post-processed and unit length, as raw float32, and their words
 * one per line in frequency order. Parsing that JSON takes seconds and a gigabyte, so it happens
 * here, once, and the table is cached on disk.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  source: string;
  dir: string;
  words: number;
}

interface WinkEmbeddings {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const WORD = /^[\p{L}][\p{L}'-]*$/u;
/** Dominant directions removed: they encode word frequency, not meaning. */
const TOP_DIRECTIONS = 2;

/**
 * "All-but-the-top" (Mu & Viswanath 2018): GloVe vectors share a large mean and a few dominant
 * directions, so any two averaged sentences look alike (cosine ≈ 0.85 whatever they say). Subtract
 * the mean, remove the top principal directions (power iteration on the 100 × 100 covariance),
 * then scale every row to unit length.
 */
function allButTheTop(x: Float64Array, dims: number, top: number): Float32Array {
  const n = x.length / dims;
  const mean = new Float64Array(dims);
  for (let r = 0; r < n; r++) for (let i = 0; i < dims; i++) mean[i]! += x[r * dims + i]! / n;
  for (let r = 0; r < n; r++) for (let i = 0; i < dims; i++) x[r * dims + i]! -= mean[i]!;
  const cov = new Float64Array(dims * dims);
  for (let r = 0; r < n; r++) {
    const at = r * dims;
    for (let i = 0; i < dims; i++) {
      const xi = x[at + i]!;
      for (let j = i; j < dims; j++) cov[i * dims + j]! += xi * x[at + j]!;
    }
  }
  for (let i = 0; i < dims; i++) for (let j = 0; j < i; j++) cov[i * dims + j] = cov[j * dims + i]!;
  const directions: Float64Array[] = [];
  for (let d = 0; d < top; d++) {
    let u: Float64Array = new Float64Array(dims).fill(1 / Math.sqrt(dims));
    for (let iter = 0; iter < 200; iter++) {
      const next = new Float64Array(dims);
      for (let i = 0; i < dims; i++) {
        let sum = 0;
        for (let j = 0; j < dims; j++) sum += cov[i * dims + j]! * u[j]!;
        next[i] = sum;
      }
      for (const p of directions) {
        const dot = next.reduce((acc, v, i) => acc + v * p[i]!, 0);
        for (let i = 0; i < dims; i++) next[i]! -= dot * p[i]!;
      }
      const norm = Math.hypot(...next);
      if (norm === 0) break;
      for (let i = 0; i < dims; i++) next[i]! /= norm;
      u = next;
    }
    directions.push(u);
  }
  const out = new Float32Array(x.length);
  for (let r = 0; r < n; r++) {
    const at = r * dims;
    for (const p of directions) {
      let dot = 0;
      for (let i = 0; i < dims; i++) dot += x[at + i]! * p[i]!;
      for (let i = 0; i < dims; i++) x[at + i]! -= dot * p[i]!;
    }
    let norm = 0;
    for (let i = 0; i < dims; i++) norm += x[at + i]! * x[at + i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < dims; i++) out[at + i] = x[at + i]! / norm;
  }
  return out;
}

async function build({ source, dir, words: limit }: Job): Promise<{ words: number; dimensions: number }> {
  const data = JSON.parse(await readFile(source, 'utf8')) as WinkEmbeddings;
  const dims = data.dimensions;
  const kept: string[] = [];
  const ranks: number[] = [];
  const raw = new Float64Array(limit * dims);
  for (const [rank, word] of data.words.entries()) {
    if (kept.length === limit) break;
    const v = data.vectors[word];
    if (!v || !WORD.test(word)) continue;
    const at = kept.length * dims;
    for (let i = 0; i < dims; i++) raw[at + i] = v[i]!;
    kept.push(word);
    ranks.push(rank);
  }
  const vectors = allButTheTop(raw.subarray(0, kept.length * dims), dims, TOP_DIRECTIONS);
  const stamp = `${process.pid}-${Date.now()}`;
  const table = path.join(dir, `vectors.f32.${stamp}`);
  const list = path.join(dir, `words.tsv.${stamp}`);
  await writeFile(table, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength));
  // The corpus rank rides along: the embedder weighs a word by how common it is.
  await writeFile(
    list,
    `${JSON.stringify({ dimensions: dims, vocabulary: data.size })}\n${kept.map((w, i) => `${w}\t${ranks[i]}`).join('\n')}\n`,
  );
  await rename(table, path.join(dir, 'vectors.f32'));
  await rename(list, path.join(dir, 'words.tsv'));
  return { words: kept.length, dimensions: dims };
}

build(workerData as Job).then(
  (result) => parentPort?.postMessage({ ok: true, ...result }),
  (err: unknown) =>
    parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
);

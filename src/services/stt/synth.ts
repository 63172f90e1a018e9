/**
 * Test and benchmark audio: sentences spoken by Debian's flite and espeak-ng, converted to
 * 16 kHz mono PCM16 with sox. Synthesised at run time (nothing downloaded, no fixtures), the same
 * samples on every run.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** "flite:slt", "flite:rms", "flite:awb", "espeak:en-us", "espeak:en-us+f3". */
export type Voice = `flite:${string}` | `espeak:${string}`;

/** PCM16 samples of a canonical 44-byte-header or chunked WAV (finds the data chunk). */
export function wavToPcm16(buf: Buffer): Int16Array {
  let off = 12;
  while (off + 8 <= buf.length) {
    const id = buf.toString('ascii', off, off + 4);
    const size = buf.readUInt32LE(off + 4);
    if (id === 'data') {
      const end = Math.min(buf.length, off + 8 + size);
      const bytes = buf.subarray(off + 8, end - ((end - off - 8) % 2));
      return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    }
    off += 8 + size + (size % 2);
  }
  throw new Error('WAV has no data chunk');
}

/** Synthesises `text` and returns 16 kHz mono PCM16. */
export async function synthesize16k(text: string, voice: Voice, signal?: AbortSignal): Promise<Int16Array> {
  const dir = await mkdtemp(join(tmpdir(), 'vs-synth-'));
  try {
    const raw = join(dir, 'raw.wav');
    const out = join(dir, 'out.wav');
    const [engine, name] = voice.split(':') as [string, string];
    const opts = signal ? { signal } : {};
    if (engine === 'flite') await run('flite', ['-voice', name, '-t', text, '-o', raw], opts);
    else await run('espeak-ng', ['-v', name, '-w', raw, text], opts);
    // -R: sox dithers when it resamples (espeak-ng speaks at 22.05 kHz) and seeds the dither from
    // the clock, so the same sentence came out different on every run (a WER bench's espeak clips
    // decoded differently run to run); with -R the dither is the same every time.
    await run('sox', ['-R', raw, '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', out], opts);
    return wavToPcm16(await readFile(out));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Word error rate (Levenshtein over words) of `hyp` against `ref`; both already normalised. */
export function wordErrors(ref: string, hyp: string): { errors: number; words: number } {
  const r = ref.split(' ').filter(Boolean);
  const h = hyp.split(' ').filter(Boolean);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) {
      const sub = (prev[j - 1] as number) + (r[i - 1] === h[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return { errors: prev[h.length] as number, words: r.length };
}

/**
 * Child process of lm-sharing.test.ts: sessions sharing one LM set the way the server's do, run
 * under the strict malloc settings the test sets (freed memory overwritten, no caches that would
 * keep a freed block intact), so a use-after-free of the set's log-math table changes what the
 * decoder computes or crashes the process instead of reading stale but intact memory.
 *
 * Prints one JSON line: the reference transcript (a lone decoder on a fresh set) and, per check,
 * what a decoder sharing the set read. Exits 0 only when every check read the reference.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeText } from '../lm/text-norm.ts';
import { synthesize16k } from '../synth.ts';
import type { SttStream } from '../types.ts';
import type { DecoderSpec } from './protocol.ts';
import { PocketsphinxSttService } from './service.ts';
import { POCKETSPHINX_MODEL_DIR as MODEL_DIR, writeTinyLms } from './tiny-lm.ts';

const SENTENCE = 'please add two blue kettles to my basket';
/**
 * What the second model of the set expects. Interpolated with the first, the spoken sentence wins;
 * a set that scores with only one of its models (what a freed log-math table makes logmath_add do)
 * reads something else.
 */
const OTHER = 'remove three red cups from the order';
/** Rounds of open/free/decode: argv[2] (3 by default; more for a longer soak by hand). */
const ROUNDS = Number(process.argv[2] ?? 3);
const CHUNK = 1600;

const dir = await mkdtemp(join(tmpdir(), 'vs-lm-sharing-'));
const { arpaPaths, dictPath } = await writeTinyLms(dir, [SENTENCE, OTHER]);
const [catalogPath, otherPath] = arpaPaths as [string, string];
const pcm = await synthesize16k(SENTENCE, 'flite:rms');

// Two interpolated models, as the mixed (catalog + generic) set is: scoring goes through the
// set's log-math table on every word.
const spec: DecoderSpec = {
  hmmDir: join(MODEL_DIR, 'en-us'),
  dictPath,
  lms: [
    { name: 'catalog', path: catalogPath, weight: 0.6 },
    { name: 'generic', path: otherPath, weight: 0.4 },
  ],
  extraArgs: ['-fwdflat', 'no'],
};
const stt = new PocketsphinxSttService({
  modelDir: MODEL_DIR,
  spec,
  model: 'lm-sharing',
  workers: 1, // every decoder shares one worker's LM set
  maxIdleDecodersPerWorker: 0, // a closed session frees its decoder at once, as under churn
  options: { timeoutMs: 30_000 },
});

async function read(stream: SttStream): Promise<string> {
  for (let o = 0; o < pcm.length; o += CHUNK) stream.push(pcm.subarray(o, o + CHUNK));
  return normalizeText((await stream.finalize()).text);
}

const checks: { round: number; check: string; text: string }[] = [];
try {
  // A lone decoder on a fresh set: the set is read with this decoder's log-math table.
  const lone = await stt.openStream();
  const reference = await read(lone);
  await lone.close();
  for (let round = 0; round < ROUNDS; round++) {
    // The first session reads the set; two more share it.
    const first = await stt.openStream();
    const second = await stt.openStream();
    const third = await stt.openStream();
    await first.close(); // the session whose decoder read the set ends first
    checks.push({ round, check: 'decode after the first owner left', text: await read(second) });
    // A session that joins now attaches its decoder to the set (ps_set_lm applies the weights).
    const late = await stt.openStream();
    checks.push({ round, check: 'session that joined after the owner left', text: await read(late) });
    // Freed in another order: the newest first, the middle one last.
    await late.close();
    checks.push({ round, check: 'decode after a later session left', text: await read(third) });
    await third.close();
    await second.close(); // the last reference: the set is freed and the next round reads it again
  }
  const ok = reference !== '' && checks.every((c) => c.text === reference);
  process.stdout.write(`${JSON.stringify({ ok, reference, checks, crashes: stt.pool.crashCount })}\n`);
  process.exitCode = ok && stt.pool.crashCount === 0 ? 0 : 1;
} finally {
  await stt.close();
  await rm(dir, { recursive: true, force: true });
}

/**
 * Spoken requests of the turn-taking benchmark: complete requests opening on short verbs
 * ("add", "show", "what", "only", "remove"), ones that used to wait (ending in "have", on a
 * size or a price), and requests with a mid-sentence pause after a function word, which must
 * stay one turn. Two sets: the demo store's (clothing, the catalog the engine was written
 * for) and a pet-supplies store's (src/services/stt/dev-catalog/pets.csv, another vertical;
 * the default). Voices are the four of issue 12.
 */
import { fileURLToPath } from 'node:url';
import { concatInt16 } from '../../audio/pcm16.ts';
import { synthesize, type Voice } from '../../audio/testing/speech-fixtures.ts';
import type { BenchUtterance } from './conversation.ts';

export const TURN_VOICES: readonly Voice[] = [
  { engine: 'flite', voice: 'kal16' },
  { engine: 'flite', voice: 'rms' },
  { engine: 'flite', voice: 'awb' },
  { engine: 'espeak-ng', voice: 'en-us+f3' },
];

export const COMPLETE_REQUESTS = [
  'add the navy hoodie to my cart',
  'show me running shoes',
  'what is in my cart',
  'only the blue ones',
  'remove the hoodie from my cart',
  'what colours do you have',
  'show me running shoes in size ten',
  'add two of them',
] as const;

/** [before the pause, after it]: the pause follows a function word. */
export const PAUSED_REQUESTS = [
  ['I want the', 'blue hoodie'],
  ['show me a pair of', 'running shoes'],
  ['add the', 'navy hoodie to my cart'],
] as const;

export const PAUSES_MS = [300, 450, 600] as const;

export interface TurnSet {
  /** Catalog file the server imports (undefined: the demo store). */
  catalog: string | undefined;
  complete: readonly string[];
  paused: readonly (readonly [string, string])[];
}

export const TURN_SETS = {
  demo: { catalog: undefined, complete: COMPLETE_REQUESTS, paused: PAUSED_REQUESTS },
  pets: {
    catalog: fileURLToPath(new URL('../../services/stt/dev-catalog/pets.csv', import.meta.url)),
    complete: [
      'add the rope leash to my cart',
      'show me dog harnesses',
      'what is in my cart',
      'only the teal ones',
      'remove the cat litter from my cart',
      'what sizes do you have',
      'show me dog beds under fifty dollars',
      'add two of those',
    ],
    paused: [
      ['I want the', 'teal harness'],
      ['show me a bag of', 'dog food'],
      ['add the', 'scratching tower to my cart'],
    ],
  },
} as const satisfies Record<string, TurnSet>;

export type TurnSetName = keyof typeof TURN_SETS;

/** The first word as a recognizer would spell it ("I" → "i"). */
export function firstWord(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
      .trim()
      .split(/\s+/)[0] ?? ''
  );
}

const cache = new Map<string, Int16Array>();

async function speak(text: string, voice: Voice): Promise<Int16Array> {
  const key = `${voice.engine}:${voice.voice}|${text}`;
  let pcm = cache.get(key);
  if (!pcm) {
    pcm = (await synthesize(text, voice)).pcm;
    cache.set(key, pcm);
  }
  return pcm;
}

/**
 * Every complete request in every voice and every paused one in every voice (pause lengths
 * rotating over texts and voices), ordered so consecutive turns differ in text and voice, the
 * paused ones spread evenly through the rest. `count` cuts the list short or repeats it.
 */
export async function turnBenchUtterances(
  count?: number,
  set: TurnSet = TURN_SETS.pets,
): Promise<BenchUtterance[]> {
  const voices = TURN_VOICES;
  const COMPLETE_REQUESTS = set.complete;
  const PAUSED_REQUESTS = set.paused;
  const complete: BenchUtterance[] = [];
  for (let i = 0; i < COMPLETE_REQUESTS.length * voices.length; i++) {
    const text = COMPLETE_REQUESTS[i % COMPLETE_REQUESTS.length]!;
    const voice = voices[(i + Math.floor(i / COMPLETE_REQUESTS.length)) % voices.length]!;
    complete.push({ text, voice: nameOf(voice), kind: 'complete', pcm: await speak(text, voice) });
  }
  const paused: BenchUtterance[] = [];
  for (let i = 0; i < PAUSED_REQUESTS.length * voices.length; i++) {
    const t = i % PAUSED_REQUESTS.length;
    const k = Math.floor(i / PAUSED_REQUESTS.length);
    const [before, after] = PAUSED_REQUESTS[t]!;
    const voice = voices[k % voices.length]!;
    const pauseMs = PAUSES_MS[(t + k) % PAUSES_MS.length]!;
    const pcm = concatInt16([
      await speak(before, voice),
      new Int16Array((pauseMs / 1000) * 16_000),
      await speak(after, voice),
    ]);
    paused.push({ text: `${before} … ${after}`, voice: nameOf(voice), kind: 'paused', pauseMs, pcm });
  }
  const all: BenchUtterance[] = [];
  const every = complete.length / paused.length;
  for (let i = 0, p = 0; i < complete.length; i++) {
    all.push(complete[i]!);
    while (p < paused.length && (p + 1) * every <= i + 1) all.push(paused[p++]!);
  }
  if (count === undefined) return all;
  return Array.from({ length: count }, (_, i) => all[i % all.length]!);
}

const nameOf = (v: Voice) => `${v.engine}:${v.voice}`;

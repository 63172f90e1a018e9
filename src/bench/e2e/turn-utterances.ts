/**
 * Spoken requests of the turn-taking benchmark, on the demo store (the development catalog):
 * complete requests opening on short verbs ("add", "show", "what", "only", "remove"), ones
 * that used to wait (ending in "have", on "size ten"), and requests with a mid-sentence pause
 * after a function word, which must stay one turn. Voices are the four of issue 12.
 */
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
export async function turnBenchUtterances(count?: number): Promise<BenchUtterance[]> {
  const voices = TURN_VOICES;
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

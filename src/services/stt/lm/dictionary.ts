/**
 * Pronunciation dictionary for the catalog LM: cmudict entries (with alternates) for every word,
 * and espeak-ng IPA mapped to ARPAbet for words cmudict lacks (pocketsphinx 5prealpha has no g2p).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Cmudict = Map<string, string[]>;

/** word → pronunciations, from a cmudict-format file ("word(2) P R AH N"). */
export async function loadCmudict(path: string): Promise<Cmudict> {
  const dict: Cmudict = new Map();
  const text = await readFile(path, 'utf8');
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const word = line.slice(0, sp).replace(/\(\d+\)$/, '');
    const phones = line.slice(sp + 1).trim();
    const list = dict.get(word);
    if (list) list.push(phones);
    else dict.set(word, [phones]);
  }
  return dict;
}

/** Longest match first. Stress and syllable marks are stripped before mapping. */
const IPA_TO_ARPA: [string, string][] = [
  ['aɪə', 'AY ER'],
  ['aɪ', 'AY'],
  ['aʊ', 'AW'],
  ['ɔɪ', 'OY'],
  ['eɪ', 'EY'],
  ['oʊ', 'OW'],
  ['əʊ', 'OW'],
  ['ɚɹ', 'ER'],
  ['ɪɹ', 'IH R'],
  ['ɛɹ', 'EH R'],
  ['ʊɹ', 'UH R'],
  ['ɜː', 'ER'],
  ['ɜ', 'ER'],
  ['ɚ', 'ER'],
  ['ɝ', 'ER'],
  ['tʃ', 'CH'],
  ['dʒ', 'JH'],
  ['iː', 'IY'],
  ['i', 'IY'],
  ['ɪ', 'IH'],
  ['ᵻ', 'IH'],
  ['e', 'EY'],
  ['ɛ', 'EH'],
  ['æ', 'AE'],
  ['a', 'AA'],
  ['ɑː', 'AA'],
  ['ɑ', 'AA'],
  ['ɒ', 'AA'],
  ['ɔː', 'AO'],
  ['ɔ', 'AO'],
  ['o', 'OW'],
  ['ʌ', 'AH'],
  ['ə', 'AH'],
  ['ɐ', 'AH'],
  ['uː', 'UW'],
  ['u', 'UW'],
  ['ʊ', 'UH'],
  ['θ', 'TH'],
  ['ð', 'DH'],
  ['ʃ', 'SH'],
  ['ʒ', 'ZH'],
  ['ŋ', 'NG'],
  ['ɹ', 'R'],
  ['r', 'R'],
  ['ɾ', 'T'],
  ['ʔ', 'T'],
  ['j', 'Y'],
  ['ɡ', 'G'],
  ['g', 'G'],
  ['h', 'HH'],
  ['x', 'HH'],
  ['p', 'P'],
  ['b', 'B'],
  ['t', 'T'],
  ['d', 'D'],
  ['k', 'K'],
  ['f', 'F'],
  ['v', 'V'],
  ['s', 'S'],
  ['z', 'Z'],
  ['m', 'M'],
  ['n', 'N'],
  ['l', 'L'],
  ['w', 'W'],
];

/** Greedy IPA → ARPAbet ("hˈʊdi" → "HH UH D IY"). Unknown symbols are skipped. */
export function ipaToArpabet(ipa: string): string {
  const s = ipa.normalize('NFC').replace(/ˈ|ˌ|\.|-|\u0329|\u0361/g, '');
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const hit = IPA_TO_ARPA.find(([k]) => s.startsWith(k, i));
    if (hit) {
      out.push(hit[1]);
      i += hit[0].length;
    } else {
      i += 1;
    }
  }
  // espeak writes a breathy final "h" ("yeah" jˈɛh) that no English word ends in.
  while (out.length > 1 && out.at(-1) === 'HH') out.pop();
  return out.join(' ');
}

/** espeak-ng's IPA for one word, or undefined when espeak-ng is missing. */
export async function espeakIpa(word: string, signal?: AbortSignal): Promise<string | undefined> {
  try {
    const { stdout } = await run('espeak-ng', ['-q', '--ipa', '-v', 'en-us', word], {
      timeout: 5000,
      ...(signal ? { signal } : {}),
    });
    return stdout.trim().replace(/\s+/g, '');
  } catch (err) {
    if (signal?.aborted) throw err;
    return undefined;
  }
}

export interface DictionaryResult {
  /** cmudict-format text, sorted. */
  text: string;
  /** Words whose pronunciation came from espeak-ng. */
  guessed: string[];
  /** Words with no pronunciation at all (left out of the dictionary). */
  missing: string[];
}

/** word → ARPAbet from espeak-ng ('' = none); the catalog and mixed dictionaries ask for the same words. */
const g2pCache = new Map<string, string>();

/**
 * IPA for many words from ONE espeak-ng process (one word per line, each its own sentence): a
 * process per word cost ~0.1 s of fork/exec each, minutes for a large catalog on a loaded machine.
 * Undefined when the output does not have one line per word (then the caller asks word by word).
 */
export async function espeakIpaBatch(words: string[], signal?: AbortSignal): Promise<string[] | undefined> {
  if (words.length === 0) return [];
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        'espeak-ng',
        ['-q', '--ipa', '-v', 'en-us', '--stdin'],
        { timeout: 60_000, maxBuffer: 16 * 1024 * 1024, ...(signal ? { signal } : {}) },
        (err, out) => (err ? reject(err) : resolve(out)),
      );
      child.stdin?.end(words.map((w) => `${w}.\n`).join(''));
    });
    const lines = stdout
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ''))
      .filter((l) => l.length > 0);
    return lines.length === words.length ? lines : undefined;
  } catch (err) {
    if (signal?.aborted) throw err;
    return undefined;
  }
}

async function espeakArpabet(words: string[], signal?: AbortSignal): Promise<Map<string, string>> {
  const results = new Map<string, string>();
  const todo = words.filter((w) => !g2pCache.has(w));
  const batch = await espeakIpaBatch(todo, signal);
  if (batch) {
    todo.forEach((w, j) => {
      g2pCache.set(w, ipaToArpabet(batch[j] as string));
    });
  }
  // Fallback: a few parallel espeak-ng processes, one word per call.
  for (let i = 0; !batch && i < todo.length; i += 8) {
    const batch = todo.slice(i, i + 8);
    // espeak-ng reads contractions itself ("i'll" → aɪl); without the apostrophe "i'll" is "ill".
    const ipas = await Promise.all(batch.map((w) => espeakIpa(w, signal)));
    batch.forEach((w, j) => {
      g2pCache.set(w, ipas[j] ? ipaToArpabet(ipas[j] as string) : '');
    });
  }
  for (const w of words) {
    const arpa = g2pCache.get(w);
    if (arpa) results.set(w, arpa);
  }
  return results;
}

export interface DictionaryOptions {
  /**
   * Also add espeak-ng's pronunciation of these words (that cmudict has) as an alternate when it
   * differs: a second plausible pronunciation (reduced vowels, American flaps) for the few hundred
   * catalog words, where a miss turns into a wrong product or command.
   */
  variantsFor?: ReadonlySet<string>;
  signal?: AbortSignal;
}

/** Dictionary text for `words`: cmudict first, espeak-ng g2p for the rest. */
export async function buildDictionary(
  words: Iterable<string>,
  cmudict: Cmudict,
  opts: DictionaryOptions = {},
): Promise<DictionaryResult> {
  const { signal, variantsFor } = opts;
  const lines: string[] = [];
  const guessed: string[] = [];
  const missing: string[] = [];
  const unknown: string[] = [];
  const known: string[] = [];
  for (const w of [...new Set(words)].sort()) {
    if (w.startsWith('<')) continue;
    const prons = cmudict.get(w);
    if (!prons) {
      unknown.push(w);
      continue;
    }
    if (variantsFor?.has(w)) known.push(w);
    for (const [i, p] of prons.entries()) lines.push(i === 0 ? `${w} ${p}` : `${w}(${i + 1}) ${p}`);
  }
  const results = await espeakArpabet(unknown, signal);
  const variants = await espeakArpabet(known, signal);
  for (const [w, arpa] of variants) {
    const prons = cmudict.get(w) ?? [];
    if (!prons.includes(arpa)) lines.push(`${w}(${prons.length + 1}) ${arpa}`);
  }
  for (const w of unknown) {
    const arpa = results.get(w);
    if (arpa) {
      lines.push(`${w} ${arpa}`);
      guessed.push(w);
    } else {
      missing.push(w);
    }
  }
  lines.sort();
  return { text: `${lines.join('\n')}\n`, guessed, missing };
}

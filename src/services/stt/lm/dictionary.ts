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

/** Dictionary text for `words`: cmudict first, espeak-ng g2p for the rest. */
export async function buildDictionary(
  words: Iterable<string>,
  cmudict: Cmudict,
  signal?: AbortSignal,
): Promise<DictionaryResult> {
  const lines: string[] = [];
  const guessed: string[] = [];
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const w of [...new Set(words)].sort()) {
    if (w.startsWith('<')) continue;
    const prons = cmudict.get(w);
    if (!prons) {
      unknown.push(w);
      continue;
    }
    for (const [i, p] of prons.entries()) lines.push(i === 0 ? `${w} ${p}` : `${w}(${i + 1}) ${p}`);
  }
  // A few parallel espeak-ng processes: cheap, and there are rarely more than a few dozen.
  const results = new Map<string, string>();
  for (let i = 0; i < unknown.length; i += 8) {
    const batch = unknown.slice(i, i + 8);
    const ipas = await Promise.all(batch.map((w) => espeakIpa(w.replace(/'/g, ''), signal)));
    batch.forEach((w, j) => {
      const arpa = ipas[j] ? ipaToArpabet(ipas[j] as string) : '';
      if (arpa) results.set(w, arpa);
    });
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

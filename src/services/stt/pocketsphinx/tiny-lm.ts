/**
 * Test support: a tiny bigram LM and its dictionary, written to a directory in milliseconds, for
 * tests about decoder lifecycles rather than recognition quality (reading it costs next to nothing,
 * so a test can create and free many decoders).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

/** ARPA text of a bigram LM that expects `expected` and knows every word of `vocabulary`. */
export function tinyArpa(expected: string, vocabulary: readonly string[]): string {
  const sentence = ['<s>', ...expected.split(' '), '</s>'];
  const vocab = ['<s>', '</s>', ...vocabulary];
  const uni = vocab.map((w) => `${w === '<s>' ? -99 : -1.2} ${w} ${w === '</s>' ? '' : -0.3}`.trimEnd());
  const bi = sentence.slice(1).map((w, i) => `-0.1 ${sentence[i]} ${w}`);
  return [
    '\\data\\',
    `ngram 1=${uni.length}`,
    `ngram 2=${bi.length}`,
    '',
    '\\1-grams:',
    ...uni,
    '',
    '\\2-grams:',
    ...bi,
    '',
    '\\end\\',
    '',
  ].join('\n');
}

/** The CMU dictionary's entries (variants included) for `words`. */
export function tinyDict(words: readonly string[], modelDir = POCKETSPHINX_MODEL_DIR): string {
  const wanted = new Set(words);
  const lines = readFileSync(join(modelDir, 'cmudict-en-us.dict'), 'utf8')
    .split('\n')
    .filter((l) => wanted.has(l.slice(0, l.indexOf(' ')).replace(/\(\d+\)$/, '')));
  return `${lines.join('\n')}\n`;
}

/**
 * Writes one LM per expected sentence (all over the union of their words) and the dictionary.
 * Returns their paths, LMs in the order given.
 */
export async function writeTinyLms(
  dir: string,
  sentences: readonly string[],
): Promise<{ arpaPaths: string[]; dictPath: string }> {
  const words = [...new Set(sentences.flatMap((s) => s.split(' ')))];
  const arpaPaths = sentences.map((_, i) => join(dir, `tiny-${i}.arpa`));
  const dictPath = join(dir, 'tiny.dict');
  await Promise.all([
    ...sentences.map((s, i) => writeFile(arpaPaths[i] as string, tinyArpa(s, words))),
    writeFile(dictPath, tinyDict(words)),
  ]);
  return { arpaPaths, dictPath };
}

// Writes attempts.tsv from attempts.src.tsv: every {h:word} becomes the word with its Latin letters
// that have a Cyrillic look-alike swapped (a e o p c x y i), so the file keeps readable sources.
import { readFileSync, writeFileSync } from 'node:fs';

const LOOK_ALIKE = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const dir = import.meta.dirname;
const src = readFileSync(`${dir}/attempts.src.tsv`, 'utf8');
const out = src.replace(/\{h:([^}]*)\}/g, (_, w) => [...w].map((ch) => LOOK_ALIKE[ch] ?? ch).join(''));
writeFileSync(`${dir}/attempts.tsv`, out);

import { it } from 'vitest';
import { getVocabulary } from '../../../src/shop/catalog/vocabulary.ts';
import { understand } from '../../../src/shop/dialogue/nlu.ts';
import { compileVocabulary, languageWords } from '../../../src/shop/dialogue/vocab.ts';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor } from './harness.ts';
import { kitchenCsv } from './kitchen-catalog.ts';
import { outdoorCsv } from './outdoor-catalog.ts';

const SAY = (process.env.SAY ?? '').split('|');
it('debug', async () => {
  const t = useTestStore('sqlite');
  void t;
}, 1);
const t = useTestStore('sqlite');
it('nlu', async () => {
  await loadOutdoor(t.store.db, process.env.KITCHEN ? kitchenCsv() : outdoorCsv());
  const en = compileVocabulary(await getVocabulary(t.store.db, 'en'));
  const es = compileVocabulary(await getVocabulary(t.store.db, 'es'));
  if (process.env.VOCAB) console.log(JSON.stringify(en.source));
  const words = languageWords(en, es);
  for (const s of SAY) {
    const lang = s.startsWith('es:') ? 'es' : 'en';
    const text = s.replace(/^e[ns]:/, '');
    console.log(text, JSON.stringify(understand(text, lang === 'es' ? es : en, lang, words)));
  }
});

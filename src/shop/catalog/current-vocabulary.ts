/**
 * The catalog vocabulary for callers that ask on every model call (the conversation harnesses of
 * tests and evaluations): built once per catalog version and set of active promo codes,
 * which is what it is made of, instead of five catalog queries and a recompile per call. The
 * server keeps its own copy (session/services.ts) and rebuilds it on catalog change.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { CatalogVocabulary, Language } from '../contract.ts';
import { getCatalogVersion } from './version.ts';
import { getVocabulary } from './vocabulary.ts';

interface Held {
  key: string;
  vocabulary: Promise<CatalogVocabulary>;
}

const held = new WeakMap<Kysely<Database>, Map<Language, Held>>();

async function stateKey(db: Kysely<Database>): Promise<string> {
  const [version, promos] = await Promise.all([
    getCatalogVersion(db),
    db.selectFrom('promos').select('code').where('active', '=', 1).orderBy('code').execute(),
  ]);
  return `${version}|${promos.map((p) => p.code).join(',')}`;
}

export async function getCurrentVocabulary(
  db: Kysely<Database>,
  language: Language,
): Promise<CatalogVocabulary> {
  const key = await stateKey(db);
  let byLanguage = held.get(db);
  if (!byLanguage) {
    byLanguage = new Map();
    held.set(db, byLanguage);
  }
  const current = byLanguage.get(language);
  if (current?.key === key) return current.vocabulary;
  const vocabulary = getVocabulary(db, language);
  byLanguage.set(language, { key, vocabulary });
  // A failed build is not kept: the next call tries again.
  vocabulary.catch(() => {
    if (byLanguage.get(language)?.vocabulary === vocabulary) byLanguage.delete(language);
  });
  return vocabulary;
}

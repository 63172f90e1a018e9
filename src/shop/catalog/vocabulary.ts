/**
 * The words the loaded catalog is made of, per language (contract.ts CatalogVocabulary): input
 * for the STT language model and the offline dialogue engine. Rebuild it when the catalog
 * version changes (version.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { CatalogVocabulary, Language } from '../contract.ts';
import { apertium, type BilingualDictionary } from './apertium.ts';
import { localizedTitle, toMajor } from './cards.ts';
import { catalogSpanishWords } from './catalog-spanish.ts';
import { colorName } from './lexicon.ts';
import { extraOptions } from './options.ts';
import { spanishName } from './retail-vocabulary.ts';
import { getSearchIndex } from './search-index.ts';
import { htmlBlocks } from './text.ts';

/** English plurals no suffix rule undoes (product nouns). */
const EN_IRREGULAR_PLURALS: Record<string, string> = {
  knives: 'knife',
  shelves: 'shelf',
  halves: 'half',
  leaves: 'leaf',
  loaves: 'loaf',
  scarves: 'scarf',
  wolves: 'wolf',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  children: 'child',
  men: 'man',
  women: 'woman',
};

/** "Running shoes" → "running shoe"; "Zapatillas de running" → "zapatilla de running"; "Pantalones cortos" → "pantalón corto". */
export function singularPhrase(phrase: string, language: Language): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w, i, all) => {
      if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss')) return w;
      // "glasses" becomes "glass", not "glasse".
      if (language === 'en' && w.endsWith('sses')) return w.slice(0, -2);
      // English phrases pluralise the head noun (last word); Spanish ones pluralise nouns and adjectives before "de".
      if (language === 'en' && i !== all.length - 1) return w;
      if (language === 'en') {
        const irregular = EN_IRREGULAR_PLURALS[w];
        if (irregular) return irregular;
        // "leashes" → "leash", "watches" → "watch", "boxes" → "box" (not "leashe": the speech
        // model then learnt a word nobody says).
        if (/(sh|ch|x|zz)es$/.test(w)) return w.slice(0, -2);
        // "batteries" → "battery", "accessories" → "accessory", "supplies" → "supply" (not
        // "batterie"); "-ie" nouns ("hoodies", "beanies", "cookies") keep their "ie".
        if (w.length > 5 && /(r|l|pp|bb|t|nn|ff)ies$/.test(w) && !/(ll|oo)ies$/.test(w))
          return `${w.slice(0, -3)}y`;
      }
      if (language === 'es' && all.slice(0, i).includes('de')) return w;
      if (language === 'es' && /[^aeiou]es$/.test(w) && /[lnrdz]es$/.test(w)) return w.slice(0, -2);
      return w.slice(0, -1);
    })
    .join(' ');
}

/** Option names (in the shopper's language where the vocabulary knows them) and values as the catalog spells them. */
function optionWords(rows: { options: string }[], language: Language): string[] {
  const words = rows.flatMap((r) =>
    Object.entries(extraOptions(r.options)).flatMap(([name, value]) => [
      (language === 'es' ? (spanishName(name).name ?? name) : name).toLowerCase(),
      value,
    ]),
  );
  return uniq(words).sort();
}

/** "Fragrance-free", "water-resistant", "BPA free": properties a description states as a compound. */
const PROPERTY_COMPOUND = /\b([a-z]{3,})[- ](free|safe|proof|resistant|friendly|washable)\b/gi;

/** The property compounds of the descriptions, lower case with a hyphen ("fragrance-free"). */
export function descriptionTerms(descriptions: readonly string[]): string[] {
  const out = new Set<string>();
  for (const d of descriptions) {
    const text = d.replace(/<[^>]*>/g, ' ');
    for (const m of text.matchAll(PROPERTY_COMPOUND)) {
      const head = (m[1] as string).toLowerCase();
      // "is dishwasher safe" yes; "it is safe", "and free" no.
      if (['and', 'not', 'are', 'its', 'the', 'for', 'with', 'also', 'very', 'this', 'that'].includes(head))
        continue;
      out.add(`${head}-${(m[2] as string).toLowerCase()}`);
    }
  }
  return [...out].sort();
}

/**
 * "Bikes" for Road Bikes, Mountain Bikes and Kids' Bikes: the head noun (last word) that two or
 * more category names share names that whole family, though no category is called just that. A
 * head noun only one category has names that category ("a cover for the pool" is a Pool Cover)
 * when no product of another category says the word: in a bookshop "books" is every product,
 * not the Children's Books alone.
 */
export function headNouns(
  names: readonly string[],
  language: Language,
  others: (head: string, category: string) => boolean = () => false,
): string[] {
  const count = new Map<string, string[]>();
  for (const n of names) {
    const words = n.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    const head = words.at(-1)!.replace(/[^\p{L}\p{N}-]/gu, '');
    if (head.length > 2) count.set(head, [...(count.get(head) ?? []), n]);
  }
  return [...count]
    .filter(([h, of]) => of.length >= 2 || !others(h, of[0]!))
    .flatMap(([h]) => [h, singularPhrase(h, language)]);
}

/** Products whose texts must use a word for it to be one of the shop's common words. */
const COMMON_IN = 4;

/**
 * Words (lower case, letters only) the texts of at least COMMON_IN products use: "fit" in a shop
 * whose descriptions say "comfort fit", "fits 20 mm lugs", "true to fit". A model name ("Aria",
 * "Surge") is used by its own product's text only.
 */
export function commonWords(texts: readonly string[]): string[] {
  // "Fit" and "fits" are one word: counted by the form without a plural or verb "s".
  const key = (w: string) => w.replace(/s$/, '');
  const count = new Map<string, number>();
  const forms = new Set<string>();
  for (const t of texts) {
    const words = new Set(
      t
        .replace(/<[^>]*>/g, ' ')
        .toLowerCase()
        .match(/[a-z]{3,}/g) ?? [],
    );
    for (const w of words) forms.add(w);
    for (const k of new Set([...words].map(key))) count.set(k, (count.get(k) ?? 0) + 1);
  }
  return [...forms].filter((w) => (count.get(key(w)) ?? 0) >= COMMON_IN).sort();
}

/** Most description sentences kept: enough for a few hundred products, bounded for huge catalogs. */
const MAX_DESCRIPTION_SENTENCES = 4000;

/**
 * The descriptions' plain sentences (markup dropped, split at paragraphs, list items and full
 * stops), each once: how the shop itself words its products ("keeps drinks hot for 24 hours"),
 * which shoppers echo when they ask about them. Very long sentences are left out.
 */
export function descriptionSentences(descriptions: readonly string[]): string[] {
  const out = new Set<string>();
  // Stored descriptions are plain text or HTML: a line break ends a clause as a paragraph does.
  for (const block of descriptions.flatMap((d) => htmlBlocks(d, { lineBreaks: true }))) {
    for (const raw of block.split(/(?<=[a-z0-9)])[.!?;:](?=\s|$)/i)) {
      const sentence = raw.trim();
      if (sentence.length < 3 || sentence.split(' ').length > 30) continue;
      out.add(sentence);
      if (out.size >= MAX_DESCRIPTION_SENTENCES) return [...out];
    }
  }
  return [...out];
}

const uniq = (items: string[]) => [...new Set(items.map((s) => s.trim()).filter(Boolean))];

export async function getVocabulary(
  db: Kysely<Database>,
  language: Language,
  dictionary: BilingualDictionary = apertium,
): Promise<CatalogVocabulary> {
  // The dialogue's answer matcher reads the catalog's WordNet slice, built with the search index.
  await getSearchIndex(db);
  const products = await db
    .selectFrom('products')
    .select(['title', 'title_es', 'brand', 'tags', 'currency', 'category', 'description'])
    .where('status', '=', 'active')
    .execute();
  const categories = await db.selectFrom('categories').selectAll().execute();
  const used = new Set(products.map((p) => p.category));
  const variantRows = await db
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select(['variants.size', 'variants.color', 'variants.options'])
    .where('products.status', '=', 'active')
    .where('variants.status', '=', 'active')
    .distinct()
    .execute();
  const prices = await db
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select((eb) => [
      eb.fn.min('variants.price_cents').as('min'),
      eb.fn.max('variants.price_cents').as('max'),
    ])
    .where('products.status', '=', 'active')
    .where('variants.status', '=', 'active')
    .executeTakeFirst();

  const promos = await db.selectFrom('promos').select('code').where('active', '=', 1).execute();

  // Spanish names the built-in vocabulary made are not the shop's own words: they are listed apart,
  // so the offline engine keeps translating Spanish requests to the English the titles use.
  const translated: string[] = [];
  const categoryWords = categories
    .filter((c) => used.has(c.id))
    .flatMap((c) => {
      const made = c.name_es_origin === 'vocabulary';
      if (language === 'es' && made && c.name_es)
        translated.push(c.name_es.toLowerCase(), singularPhrase(c.name_es, 'es'));
      const name = language === 'es' && !made ? (c.name_es ?? c.name) : c.name;
      // An English name keeps English plurals ("Kettles" → kettle, not "kettl"), whoever reads it.
      const nameLanguage: Language = language === 'es' && !made && c.name_es ? 'es' : 'en';
      // Synonyms are stored for both languages together; the language model tolerates a few foreign words.
      const synonyms = JSON.parse(c.synonyms) as string[];
      return [
        name.toLowerCase(),
        singularPhrase(name, nameLanguage),
        ...synonyms.map((s) => s.toLowerCase()),
      ];
    });
  categoryWords.push(
    ...headNouns(
      categories.filter((c) => used.has(c.id)).map((c) => c.name),
      language,
      (head, name) => {
        const id = categories.find((c) => c.name === name)?.id;
        const word = new RegExp(`\\b${singularPhrase(head, 'en')}(e?s)?\\b`, 'i');
        return products.some(
          (p) => p.category !== id && word.test(`${p.title} ${p.brand} ${p.tags} ${p.description}`),
        );
      },
    ),
  );
  const currencies = new Map<string, number>();
  for (const p of products) currencies.set(p.currency, (currencies.get(p.currency) ?? 0) + 1);
  const sizes = uniq(variantRows.flatMap((v) => (v.size ? [v.size] : [])));
  // A Spanish shopper on a catalog written in English: the Spanish of its kinds, tags and colours,
  // from the dictionary. Not of titles ("noches" would find "Night Owl") nor option names (the
  // option readers parse "ruedas de 29 pulgadas" in Spanish): both measured worse on round 3.
  const english = products.filter((p) => !p.title_es);
  const spanishWords =
    language === 'es' && english.length > 0
      ? await catalogSpanishWords(
          [
            ...categories.filter((c) => used.has(c.id)).map((c) => c.name),
            ...english.flatMap((p) => JSON.parse(p.tags) as string[]),
            ...variantRows.flatMap((v) => (v.color ? [v.color] : [])),
          ],
          dictionary,
        )
      : undefined;
  return {
    language,
    productNames: uniq(products.map((p) => localizedTitle(p, language))).sort(),
    categories: uniq(categoryWords).sort(),
    ...(language === 'es' ? { categoriesTranslated: uniq(translated).sort() } : {}),
    brands: uniq(products.map((p) => p.brand)).sort(),
    // The catalog's own colour names ("Teal") and how the shopper's language says them ("turquesa").
    colors: uniq(
      variantRows.flatMap((v) =>
        v.color ? [v.color.toLowerCase(), colorName(v.color, language).toLowerCase()] : [],
      ),
    ).sort(),
    sizes: sizes.sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b) || a.localeCompare(b)),
    options: optionWords(variantRows, language),
    attributes: uniq(
      products.flatMap((p) => JSON.parse(p.tags) as string[]).map((t) => t.toLowerCase()),
    ).sort(),
    descriptionTerms: descriptionTerms(products.map((p) => p.description)),
    descriptionSentences: descriptionSentences(products.map((p) => p.description)),
    commonWords: commonWords(
      products.map((p) => `${p.description} ${(JSON.parse(p.tags) as string[]).join(' ')}`),
    ),
    promoCodes: uniq(promos.map((p) => p.code)).sort(),
    ...(spanishWords && Object.keys(spanishWords).length ? { spanishWords } : {}),
    minPrice: prices?.min == null ? 0 : toMajor(Number(prices.min)),
    maxPrice: prices?.max == null ? 0 : toMajor(Number(prices.max)),
    currency: [...currencies].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR',
  };
}

/**
 * Branch t-spec3's mechanisms (session 24, area spec): Spanish questions about a product read
 * against its English text, on invented products (kitchen, workshop, confectionery):
 * - a Spanish word the built-in vocabulary lacks is read through the Apertium dictionary's English
 *   for it ("nevera" → fridge, "pelar" → peel), looked up before the turn is decided (engine.ts)
 *   and read synchronously by the term matcher (catalog/apertium.ts, term-match.ts);
 * - regional words for a dishwasher ("lavatrastes", "lavaplatos") in the built-in vocabulary,
 *   the dictionary lacking them;
 * - "is there X in your <product named>" / "¿hay X en su <producto>?" asks that product, not the
 *   shop's range (question.ts);
 * - the word asked heading a compound noun left out ("Halyard kit sold separately") answers no;
 * - a question of what one has to do ("¿hace falta ponerse guantes?", "should he wear gloves")
 *   answered by the clause written as an instruction ("Wear gloves when cutting it") (need-answer.ts).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apertiumSpanishEnglish } from '../../../src/shop/catalog/apertium.ts';
import type { CatalogVocabulary, Language } from '../../../src/shop/contract.ts';
import { answerSpec } from '../../../src/shop/dialogue/answers/spec-answer.ts';
import type { ProductInfo } from '../../../src/shop/dialogue/results.ts';
import { understand } from '../../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../../src/shop/dialogue/words/vocab.ts';

const product = (id: string, name: string, description: string): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
});

const truffles = product(
  'truffles',
  'Frostbay Dark Truffles',
  'Dark chocolate truffles dusted with cocoa. Store them in a cool cupboard, never in the fridge.',
);
const board = product(
  'board',
  'Oakhollow Cutting Board',
  'An end-grain maple cutting board with juice grooves. Hand wash only, never in the dishwasher.',
);
const insulation = product(
  'insulation',
  'Loftwell Insulation Roll',
  'A glass wool insulation roll, 100 mm thick. Wear gloves and a mask when cutting it.',
);
const keyring = product(
  'keyring',
  'Driftwell Cork Keyring',
  'A cork keyring for boat keys. It floats if you drop it in the water.',
);
const grinder = product(
  'grinder',
  'Millwright Electric Coffee Grinder',
  'An electric grinder with a steel blade and a removable bowl. For dry beans only.',
);
const mast = product(
  'mast',
  'Gullwing Flag Mast',
  'An aluminium flag mast set in a ground socket. Halyard kit sold separately.',
);
const paprika = product(
  'paprika',
  'Hearthly Garam Masala',
  'A warm blend of cardamom, cinnamon and cloves, with no added sugar.',
);

const V: CatalogVocabulary = {
  language: 'en',
  productNames: [truffles, board, insulation, paprika, keyring, grinder, mast].map((p) => p.name),
  categories: ['truffles', 'cutting boards', 'insulation'],
  brands: ['Frostbay', 'Oakhollow', 'Hearthly', 'Driftwell', 'Millwright', 'Gullwing', 'Loftwell'],
  colors: ['white'],
  sizes: ['S', 'M', 'L'],
  attributes: [],
  minPrice: 5,
  maxPrice: 200,
  currency: 'USD',
};
const vocab = { en: compileVocabulary(V), es: compileVocabulary({ ...V, language: 'es' }) };

/** The answer about the product in focus, the Spanish words looked up first as the engine does. */
async function ask(p: ProductInfo, said: string, lang: Language): Promise<string> {
  if (lang === 'es') await apertiumSpanishEnglish.englishFor(said.toLowerCase().match(/\p{L}+/gu) ?? []);
  const u = understand(said, vocab[lang], lang);
  return answerSpec(p, u.slots, u.text, lang);
}

const APERTIUM = existsSync('/usr/share/apertium/apertium-eng-spa/spa-eng.autobil.bin');

describe('Spanish words read through the dictionary', () => {
  it.skipIf(!APERTIUM)(
    'keeps a word the text says through its cognate over a dictionary sense it does not say',
    async () => {
      // "flota" is a fleet to the dictionary, and floats by the property verbs (term-match.ts).
      expect(await ask(keyring, '¿flota?', 'es')).toMatch(/^Sí.*floats/);
    },
  );

  it.skipIf(!APERTIUM)(
    "never answers from the product's own name met through a dictionary sense",
    async () => {
      // "moler" is to grind: the name "… Coffee Grinder" says what it is, not that the shop grinds.
      const a = await ask(grinder, '¿me pueden moler el café antes de enviarlo?', 'es');
      expect(a).not.toMatch(/«Millwright Electric Coffee Grinder»/);
    },
  );

  it.skipIf(!APERTIUM)('reads "nevera" as the fridge the text keeps the product out of', async () => {
    const a = await ask(truffles, '¿puedo guardarlas en la nevera?', 'es');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/never in the fridge/);
  });
});

describe('regional words in the built-in vocabulary', () => {
  it('reads "lavatrastes" as the dishwasher and answers no from "never in the dishwasher"', async () => {
    const a = await ask(board, '¿la puedo meter al lavatrastes?', 'es');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/dishwasher/);
  });
});

describe('what one has to do, from an instruction', () => {
  it.skipIf(!APERTIUM)(
    'answers "¿hace falta ponerse guantes?" with the clause saying to wear them',
    async () => {
      const a = await ask(insulation, '¿hace falta ponerse guantes para cortarlo?', 'es');
      expect(a).toMatch(/Wear gloves and a mask/);
      expect(a).not.toMatch(/No lo sé/);
    },
  );

  it('keeps "I don\'t know" when no instruction or need says the thing asked', async () => {
    const a = await ask(insulation, '¿hace falta ponerse gafas para cortarlo?', 'es');
    expect(a).not.toMatch(/Wear gloves/);
  });
});

describe('a thing set beside the product as the subject', () => {
  it('asks the text about the fridge in "is the fridge the best place for them?"', async () => {
    const a = await ask(truffles, 'is the fridge the best place to store them?', 'en');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/never in the fridge/);
  });

  it.skipIf(!APERTIUM)('and in Spanish, a "para que" asking no figure', async () => {
    const a = await ask(truffles, '¿la nevera es el mejor sitio para que se conserven?', 'es');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/never in the fridge/);
  });
});

describe('"is there X in <the product named>"', () => {
  it("asks the product named, not the shop's range", async () => {
    const u = understand('is there sugar in your garam masala?', vocab.en, 'en');
    expect(u.slots.feature).toEqual(['sugar']);
    const a = await ask(paprika, 'is there sugar in your garam masala?', 'en');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/no added sugar/);
  });

  it('and in Spanish', async () => {
    const u = understand('¿hay azúcar en su garam masala?', vocab.es, 'es');
    expect(u.slots.feature).toBeDefined();
  });
});

describe('a compound noun left out', () => {
  it('answers no when the word asked heads what is sold separately ("Halyard kit sold separately")', async () => {
    const a = await ask(mast, 'does it come with a halyard?', 'en');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/sold separately/);
  });
});

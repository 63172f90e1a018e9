/**
 * Branch spec2's mechanisms (issue 12): questions about a product answered from its own text, on
 * invented products of verticals no round covers (diving, fishing, camping, kayaking, garden):
 * - a figure asked by its dimension found with its unit, metres included, and the dimension the
 *   asked words name before one a question word suggests (text-answer.ts);
 * - a figure the question gives with its unit ("for a 6 m boat") picks the clause saying it;
 * - "not made / not offered" said after the thing, over the noun the question also says, and a
 *   list head left out ("Straps and buckles are sold separately") answer no;
 * - Spanish verbs of what a product does read against English text ("¿flota?", "¿se puede
 *   regular?"), and a fact said the other way round ("will it sink?" / "it floats"), both languages
 *   (property-verbs.ts, term-match.ts);
 * - requirement questions answered by the clause stating a need or a schedule of care
 *   (need-answer.ts), "I don't know" kept when no clause states one;
 * - "too heavy to <verb>" keeps what follows away; an adverb asked ("already") names nothing the
 *   text must say; "the net itself is not included" leaves the net out (negation.ts);
 * - "on thick rugs it barely rolls": a degree negation after the words asked answers no;
 * - a clause said as a prohibition ("Do not put it in the dishwasher or leave it in water")
 *   answers no for all it names, until a "but" turns it (text-answer.ts);
 * - whether it fits another thing, against "fits only <Y>" (only-fit-answer.ts);
 * - a grammatical Spanish "no lo dice" when the text is silent (specs.ts);
 * - in conversation: "is there X in the box with <named product>" asks the product, not the shop
 *   (question.ts), and "do they come in half sizes" with no such option value is answered from the
 *   text, not "yes, it's in stock" (feature-availability.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary, Language } from '../../../src/shop/contract.ts';
import { answerSpec } from '../../../src/shop/dialogue/answers/spec-answer.ts';
import type { ProductInfo } from '../../../src/shop/dialogue/results.ts';
import { understand } from '../../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../../src/shop/dialogue/words/vocab.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

const product = (id: string, name: string, description: string): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
});

const torch = product(
  'torch',
  'Reefglow Dive Torch',
  'A 1200 lumen dive torch that runs 3 hours on high. Depth rated to 100 metres; the battery is rechargeable.',
);
const paddle = product(
  'paddle',
  'Brookline Touring Paddle',
  'A two-piece touring paddle with a fibreglass shaft. The paddle floats if you drop it. The blade angle is fixed, not adjustable.',
);
const rod = product(
  'rod',
  'Rivermark Fly Rod',
  'A four-piece fly rod with a cork grip and an aluminium reel seat. In most states you need a fishing licence to use it. Reel and line are sold separately.',
);
const purifier = product(
  'purifier',
  'Summitwell Water Purifier',
  'A pump purifier for camp water with a carbon filter. Replace the filter every 6 months.',
);
const waders = product(
  'waders',
  'Rivermark Chest Waders',
  'Breathable chest waders with neoprene socks and a chest pocket. Wide fits are not made.',
);
const anchor = product(
  'anchor',
  'Keelstone Mushroom Anchor',
  'A cast mushroom anchor for kayaks and canoes. The 3 kg suits boats under 4 m; owners of 6 m boats usually take the 8 kg.',
);
const skillet = product(
  'skillet',
  'Ironvale Cast Iron Skillet',
  'A pre-seasoned cast iron skillet for stovetop and campfire. Do not put it in the dishwasher or leave it in water.',
);
const jersey = product(
  'jersey',
  'Fellgate Merino Jersey',
  'A merino running jersey. Do not tumble dry, but it is machine washable on a wool cycle.',
);
const helmet = product(
  'helmet',
  'Spokewise Kids Helmet',
  'A kids bike helmet with a dial fit. Choose the size by head circumference, not age.',
);
const kettlebell = product(
  'kettlebell',
  'Ironvale Competition Kettlebell',
  'A steel competition kettlebell with a flat base, too heavy to lift safely above the head.',
);
const hammock = product(
  'hammock',
  'Driftpine Camp Hammock',
  'A nylon camp hammock, sewn with 3 m of tree straps. It has loops for a bug net; the net itself is not included.',
);
const blade = product(
  'blade',
  'Loamwise Trimmer Spool',
  'A spare line spool that fits only the Loamwise 40V Cordless Trimmer. Each spool holds 8 m of line.',
);
const roller = product(
  'roller',
  'Spokewise Foam Roller',
  'A firm foam roller for the back and legs. It grips on a mat or wood floor; on thick rugs it barely rolls.',
);
const kneeler = product(
  'kneeler',
  'Loamwise Garden Kneeler',
  'A foam kneeling pad for the garden with two handles.',
);

const V: CatalogVocabulary = {
  language: 'en',
  productNames: [
    torch,
    paddle,
    rod,
    purifier,
    waders,
    anchor,
    skillet,
    jersey,
    helmet,
    kettlebell,
    blade,
    roller,
    hammock,
    kneeler,
  ].map((p) => p.name),
  categories: [
    'helmets',
    'skillets',
    'jerseys',
    'dive torches',
    'paddles',
    'fly rods',
    'water purifiers',
    'waders',
    'anchors',
    'kneelers',
  ],
  brands: [
    'Spokewise',
    'Ironvale',
    'Fellgate',
    'Reefglow',
    'Brookline',
    'Rivermark',
    'Summitwell',
    'Keelstone',
    'Loamwise',
  ],
  colors: ['red', 'blue'],
  sizes: ['S', 'M', 'L'],
  attributes: [],
  minPrice: 5,
  maxPrice: 400,
  currency: 'USD',
};
const vocab = { en: compileVocabulary(V), es: compileVocabulary({ ...V, language: 'es' }) };

/** The answer the engine gives about the product in focus, from the question as understood. */
function ask(p: ProductInfo, said: string, lang: Language): string {
  const u = understand(said, vocab[lang], lang);
  return answerSpec(p, u.slots, u.text, lang);
}

describe('a figure asked by its dimension', () => {
  it('finds a depth in metres, and not a time a Spanish verb suggests', () => {
    expect(ask(torch, 'how deep can this torch go?', 'en')).toMatch(/rated to 100 metres/);
    expect(ask(torch, '¿hasta qué profundidad aguanta sin que le entre agua?', 'es')).toMatch(/100 metres/);
  });

  it('picks the clause that says the figure the question gives', () => {
    expect(ask(anchor, 'for a six metre boat, what weight would suit?', 'en')).toMatch(/8 kg/);
    expect(ask(anchor, '¿qué peso le conviene a un barco de seis metros?', 'es')).toMatch(/8 kg/);
  });
});

describe('what the text leaves out or says the other way round', () => {
  it('answers no when the thing is "not made", over the noun the question says', () => {
    const a = ask(waders, 'do they come in wide fits?', 'en');
    expect(a).toMatch(/^No\b/);
    expect(a).toMatch(/Wide fits are not made/);
  });

  it('answers no when the thing heads a list sold separately', () => {
    expect(ask(rod, 'does the fly rod come with a reel?', 'en')).toMatch(/^No\b.*sold separately/);
  });

  it('reads Spanish verbs of what the product does against the English text', () => {
    expect(ask(paddle, '¿flota?', 'es')).toMatch(/^Sí.*floats/);
    expect(ask(paddle, '¿se puede regular el ángulo de la pala?', 'es')).toMatch(/^No.*not adjustable/);
  });

  it('reads everyday Spanish question words against the English text', () => {
    expect(ask(helmet, '¿para escoger la talla cuenta la edad?', 'es')).toMatch(/^No\b.*not age/);
  });

  it('reads "too heavy to" as no for what follows it', () => {
    expect(ask(kettlebell, 'can I lift it above my head?', 'en')).toMatch(/^No\b.*too heavy to lift/);
  });

  it('answers an adverb-led question by the rest ("already strung")', () => {
    expect(ask(hammock, 'does it come already sewn?', 'en')).toMatch(/^Yes\b.*sewn with/);
  });

  it('answers no when "the thing itself is not included"', () => {
    expect(ask(hammock, 'does it come with a bug net?', 'en')).toMatch(/^No\b.*net itself is not included/);
  });

  it('reads "it barely …" after the words asked as no', () => {
    expect(ask(roller, 'will the foam roller work on my thick rugs?', 'en')).toMatch(/^No\b.*barely rolls/);
    expect(ask(roller, 'does it grip on a wood floor?', 'en')).toMatch(/^Yes\b/);
  });

  it('reads a prohibition as no for all it says, until a "but"', () => {
    expect(ask(skillet, 'can I leave it in water overnight?', 'en')).toMatch(/^No\b.*Do not put it/);
    expect(ask(skillet, '¿lo puedo meter en el lavavajillas?', 'es')).toMatch(/^No\b.*Do not put it/);
    expect(ask(jersey, 'is it machine washable?', 'en')).toMatch(/^Yes\b/);
  });

  it('answers "will it sink" from "it floats", in English and Spanish', () => {
    expect(ask(paddle, 'if I let go of it, will it sink?', 'en')).toMatch(/^No\b.*floats/);
    expect(ask(paddle, 'si se me cae al río, ¿se hunde?', 'es')).toMatch(/^No\b.*floats/);
  });
});

describe('what the product requires', () => {
  it('quotes the clause stating a need', () => {
    expect(ask(rod, 'do I need any paperwork to use that fly rod?', 'en')).toMatch(/fishing licence/);
    expect(ask(rod, '¿necesito algún papel para usar esa caña?', 'es')).toMatch(/fishing licence/);
  });

  it('quotes a schedule of care about the part asked', () => {
    expect(ask(purifier, 'does the filter ever need changing?', 'en')).toMatch(/every 6 months/);
    expect(ask(purifier, '¿hay que cambiar el filtro cada cierto tiempo?', 'es')).toMatch(/every 6 months/);
  });

  it('keeps "I don\'t know" when no clause states a need', () => {
    const a = ask(kneeler, 'do I need to treat the foam before using it?', 'en');
    expect(a).toMatch(/^(I don't know|I can't say for sure)/);
  });
});

describe('what the product fits only', () => {
  it('answers no for another thing, yes for the one the text names', () => {
    expect(ask(blade, 'will that spool also go in my old petrol strimmer?', 'en')).toMatch(
      /^No\b.*fits only/,
    );
    expect(ask(blade, '¿ese carrete le sirve a mi desbrozadora de gasolina?', 'es')).toMatch(
      /^No\b.*fits only/,
    );
    expect(ask(blade, 'will it fit my 40V cordless trimmer?', 'en')).toMatch(/^Yes\b.*fits only/);
  });

  it('keeps "I don\'t know" when no clause limits what it fits', () => {
    expect(ask(kneeler, 'will it fit in my car boot?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('a silent text in Spanish', () => {
  it('says "no lo dice", never "no dice si es <verb>"', () => {
    const a = ask(kneeler, '¿se dobla?', 'es');
    expect(a).toMatch(/^No lo sé: la descripción de Loamwise Garden Kneeler no lo dice\.$/);
  });
});

describe('in conversation', () => {
  const t = useTestStore('sqlite');
  const csv = shopifyCsv(
    [
      gridRow({
        handle: 'trail-runners',
        title: 'Fellgate Trail Runners',
        body: '<p>Trail running shoes with a rock plate and a 6 mm drop. They run true to size. Half sizes are not offered.</p>',
        vendor: 'Fellgate',
        type: 'Running Shoes',
        tags: 'trail, running',
        price: 120,
        options: { Size: ['UK 7', 'UK 8', 'UK 9'] },
      }),
      gridRow({
        handle: 'camp-stove',
        title: 'Ridgefire Camp Stove',
        body: '<p>A one-burner camp stove with a piezo igniter. Gas canisters and the windscreen are sold separately.</p>',
        vendor: 'Ridgefire',
        type: 'Camp Stoves',
        tags: 'stove, camping',
        price: 45,
      }),
    ],
    600,
  );

  it('answers a half size from the text, not from the stock', { timeout: DEV_SET_TIMEOUT_MS }, async () => {
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'en', '');
    await c.say('show me trail running shoes');
    const r = await c.say('do the trail runners come in half sizes, like an eight and a half?');
    expect(r.text).toMatch(/^No\b/);
    expect(r.text).toMatch(/Half sizes are not offered/);
  });

  it('answers what is in the box with a named product', { timeout: DEV_SET_TIMEOUT_MS }, async () => {
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'en', '');
    await c.say('I need a camp stove');
    const r = await c.say('is there a gas canister in the box with the camp stove?');
    expect(r.text).toMatch(/^No\b.*sold separately/);
  });
});

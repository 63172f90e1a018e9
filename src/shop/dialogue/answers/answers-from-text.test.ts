import { describe, expect, it } from 'vitest';
import { holdsAnswer } from '../../../agents/knowledge/index.ts';
import type { ProductInfo } from '../results.ts';
import { EXTRA_PATTERNS } from '../understand/intents-extra.ts';
import { conditionAndQuestion } from '../words/conditional.ts';
import { INTENT_PATTERNS } from '../words/lexicon.ts';
import { answerContents } from './contents-answer.ts';
import { policyReply } from './policy-reply.ts';
import { answerForSize } from './rate-answer.ts';
import { answerAsItComes } from './ready-answer.ts';
import { answerSpec } from './spec-answer.ts';

// Invented products of verticals no round covers: camping, garden, kitchen, cycling.
const product = (id: string, name: string, description: string): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
});

const meter = product(
  'm1',
  'Loamwise Soil Meter',
  'A probe that reads moisture and light at the roots. Battery free. It does not measure pH or salinity.',
);
const cot = product(
  'c1',
  'Driftpine Kids Camp Cot',
  'A low folding cot for children up to 90 lb; too small for adults. No storage pocket: keep gear in the tent.',
);
const lantern = product(
  'l1',
  'Emberlight Dual Lantern',
  'A 400 lumen lantern with two USB ports for charging phones at camp. Runs 20 hours on high.',
);
const stove = product(
  's1',
  'Ridgefire Canister Stove',
  'A one-burner camp stove with a piezo igniter. Needs a gas canister, not included.',
);
const grinder = product(
  'g1',
  'Millstead Burr Grinder',
  'Built-in scale, so it grinds straight into the cup with no extra tools. 40 grind settings.',
);
const feed = product(
  'f1',
  'Greenhollow Liquid Plant Feed',
  'A gentle feed for houseplants. Mix about 1 capful per gallon of water. Not for orchids.',
);
const tablets = product(
  't1',
  'Clearwell Bottle Tablets',
  'Effervescent cleaning tablets for bottles and flasks. 2 tablets clean 20 liters of tank.',
);

const spec = (p: ProductInfo, feature: string[], question: string, lang: 'en' | 'es' = 'en') =>
  answerSpec(p, { feature }, question, lang);

describe('yes / no answers read from the product text', () => {
  it('a negation reaches every item of the list it heads', () => {
    expect(spec(meter, ['salinity'], 'does it tell me salinity too')).toMatch(/^No\b/);
    expect(spec(meter, ['ph'], 'will it read ph')).toMatch(/^No\b/);
  });

  it('"too small for" and "not … enough for" limit what follows', () => {
    expect(spec(cot, ['adults'], 'is it ok for adults')).toMatch(/^No\b/);
  });

  it('a question told with its story: the clause saying the asked word negated answers no', () => {
    const a = spec(
      cot,
      ['nephew', 'stash', 'comics', 'storage', 'pocket', 'night'],
      'could my nephew stash his comics in a storage pocket at night',
    );
    expect(a).toMatch(/^No\b/);
    expect(a).toContain('No storage pocket');
  });

  it('two asked words said plainly in one clause answer yes', () => {
    const a = spec(
      lantern,
      ['friend', 'both', 'charging', 'phones', 'overnight', 'trip'],
      'can my friend and i both keep charging phones overnight on the trip',
    );
    expect(a).toMatch(/^Yes\b/);
  });

  it('"I don\'t know" when the text says nothing of it', () => {
    expect(spec(lantern, ['waterproof'], 'is it waterproof')).toMatch(/^I don't know/);
  });
});

describe('whether a product works as it comes', () => {
  it('what the text says it still needs answers no', () => {
    expect(answerAsItComes(stove, 'will it light by itself out of the box', 'en')).toMatch(
      /^No: .*Needs a gas canister/,
    );
    expect(answerAsItComes(stove, 'funciona solo en cuanto lo saco de la caja', 'es')).toMatch(/^No: /);
  });

  it('a clause saying it works straight away answers yes; other questions are left alone', () => {
    expect(answerAsItComes(grinder, 'does it grind straight into the cup', 'en')).toMatch(/^Yes\b/);
    expect(answerAsItComes(stove, 'how hot does it get', 'en')).toBeUndefined();
  });
});

describe('what comes in the box', () => {
  const kit = product(
    'k1',
    'Ridgefire Camp Kitchen Kit',
    'Everything to cook for four: a two-burner stove, a 3 qt pot, a frying pan, four plates and a carry bag. Weighs 9 lb.',
  );
  it('quotes the clause listing the contents', () => {
    expect(answerContents(kit, 'what do i actually get in the box', 'en')).toContain('two-burner stove');
    expect(answerContents(kit, 'que trae la caja', 'es')).toContain('carry bag');
    expect(answerContents(kit, 'how heavy is it', 'en')).toBeUndefined();
  });
});

describe('an amount for a size the shopper names', () => {
  it('reads the clause with the same figure, or a rate to scale', () => {
    expect(answerForSize(tablets, 'how many do i need for 20 liters', 'en')).toContain('2 tablets clean 20');
    expect(answerForSize(feed, 'how much do i mix for 3 gallons', 'en')).toContain('1 capful per gallon');
    expect(answerForSize(feed, 'cuanto echo para 3 galones', 'es')).toContain('1 capful per gallon');
  });

  it('says nothing without a figure asked', () => {
    expect(answerForSize(feed, 'how much is it', 'en')).toBeUndefined();
  });
});

describe('questions routed to an answer', () => {
  it('a condition before a question leaves the question', () => {
    expect(conditionAndQuestion('if I leave the cot out in the rain, will it rust?', 'en')).toEqual({
      condition: 'if I leave the cot out in the rain',
      question: 'will it rust?',
    });
    expect(conditionAndQuestion('si dejo la tienda al sol, ¿se decolora?', 'es')?.question).toBe(
      '¿se decolora?',
    );
    expect(conditionAndQuestion('if it rains I want a tarp', 'en')).toBeUndefined();
  });

  it('comparisons said as what separates or how one differs', () => {
    expect(INTENT_PATTERNS.en.compare!.test('what separates the ridge 2 from the summit 3')).toBe(true);
    expect(INTENT_PATTERNS.en.compare!.test('how is the ridge 2 different from the summit 3')).toBe(true);
    expect(INTENT_PATTERNS.es.compare!.test('en que se diferencia la ridge de la summit')).toBe(true);
  });

  it('policy questions said without a policy word', () => {
    const en = EXTRA_PATTERNS.en.policy;
    const es = EXTRA_PATTERNS.es.policy;
    for (const q of [
      'can i put the tent on my visa',
      'could i pay you with a cheque',
      'is there a way to spread the cost over a few payments',
      'what does it cost to get a kayak delivered',
      'when do they actually go out',
      'the seeds showed up crushed what do i do',
      'can they go back if they are too tight',
      'do you send someone out to fit the racks',
    ])
      expect(en.test(q), q).toBe(true);
    for (const q of [
      'puedo pagar la bici poco a poco',
      'os puedo pagar con un cheque',
      'cuanto cuesta que me traigan el kayak',
      'cuando salen los pedidos',
      'mandais a alguien a montarlo',
    ])
      expect(es.test(q), q).toBe(true);
    expect(en.test('i want a blue tent for two')).toBe(false);
  });

  it('a sentence naming days of the week answers when something ships', () => {
    expect(holdsAnswer('duration', 'Seedlings ship Tuesday to Thursday only.')).toBe(true);
  });

  it('a Spanish policy reply keeps payment means and named plans', () => {
    expect(policyReply('We do not accept personal checks.', 'payment', 'es')).toContain('cheques personales');
    expect(policyReply('Sezzle pay-in-4 is available on orders of $80 or more.', 'payment', 'es')).toMatch(
      /Sezzle.*80 US\$/,
    );
  });
});

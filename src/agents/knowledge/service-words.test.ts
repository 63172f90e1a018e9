/**
 * A shopper's words for a service shop's policies, over an invented shoe-repair and dry-cleaning
 * shop (SQLite): the rush service asked as "by tomorrow", the claim ticket as a lost "paper slip",
 * damage as "ruined", someone else collecting as "my husband", a missed booking as "I can't make
 * it", and a Spanish question's shop words in their shop sense before its English reading.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/db.ts';
import { KnowledgeBase } from './index.ts';
import { withShopSenses } from './spanish-senses.ts';

const SERVICE_MD = `# Service

## Turnaround

Most repairs are ready in four working days. Dry cleaning is ready in two days.

## Rush service

Next-day work carries a rush fee of 40% of the price. Same-day work must be dropped off before 9 am.

## Taking in coats

Taking in a coat at the side seams costs $40.

## Letting out coats

Letting out a coat costs $45, when the seams have fabric to spare.

## Appointments

Fittings for made-to-order boots are by appointment. If you cannot come, cancel 24 hours ahead.
`;

const CLAIMS_MD = `# Claims

## Lost claim ticket

Without your claim ticket we release items only on showing a photo ID.

## Collecting for someone else

A friend or family member may collect your items with your claim ticket.

## Damage

If an item is damaged in our care we pay up to $300 per item.

## Paying

Pay by card or cash when you collect your items; we do not take cheques.

## Vintage items

Vintage leather and suede are accepted at the owner's risk.

## Opening hours

We are open Monday to Saturday from 8 am to 6 pm.
`;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function shop() {
  const store = await openDatabase({ path: ':memory:' });
  closers.push(() => store.close());
  const kb = new KnowledgeBase({
    db: store.db,
    embedder: null,
    // A stand-in translator that changes nothing: what reaches the English pages is what the
    // shop senses put in English.
    translate: async (spanish) => spanish,
    now: () => new Date('2026-03-01T10:00:00Z'),
  });
  for (const [source, text] of [
    ['service.md', SERVICE_MD],
    ['claims.md', CLAIMS_MD],
  ] as const)
    await kb.importDocument(
      { kb: 'cobbler', kind: 'policy', source, format: 'markdown', language: 'en' },
      text,
    );
  return async (query: string, language?: 'en' | 'es') =>
    (await kb.search({ kb: 'cobbler', query, ...(language ? { language } : {}) }))[0]?.headings.at(-1);
}

describe('a shopper’s words for a service shop’s policies', () => {
  it('reads needing it sooner as the rush service', async () => {
    const top = await shop();
    expect(await top('I need my boots done by tomorrow, what does that cost extra?')).toBe('Rush service');
    expect(await top('necesito las botas para mañana, ¿cuánto cobran de más?', 'es')).toBe('Rush service');
  });

  it('reads a lost paper slip or receipt as the claim ticket', async () => {
    const top = await shop();
    expect(await top("I can't find the paper slip you gave me, how do I get my boots back?")).toBe(
      'Lost claim ticket',
    );
    expect(await top('perdí el resguardo, ¿cómo recojo mis botas?', 'es')).toBe('Lost claim ticket');
  });

  it('reads what happened to it as damage, and a relative as someone else collecting', async () => {
    const top = await shop();
    expect(await top('you ruined my coat, what will you pay me?')).toBe('Damage');
    expect(await top('can my wife come instead of me?')).toBe('Collecting for someone else');
  });

  it('reads same-day and next-day written with a hyphen as today and tomorrow', async () => {
    const top = await shop();
    expect(await top('if I drop my boots off at 8, can I have them back the same day?')).toBe('Rush service');
  });

  it('reads "pick them up" as collecting, and a decade as how old a thing is', async () => {
    const top = await shop();
    expect(await top('can someone else pick them up for me?')).toBe('Collecting for someone else');
    expect(await top("it's a jacket from the 1970s, are you responsible if something happens to it?")).toBe(
      'Vintage items',
    );
  });

  it('reads the fit the shopper describes as taking in or letting out, in Spanish too', async () => {
    const top = await shop();
    expect(await top('I lost weight and my coat is baggy now, what will it cost?')).toBe('Taking in coats');
    expect(await top('I put on some weight, what will it cost for my coat?')).toBe('Letting out coats');
    expect(await top('engordé y el abrigo me queda apretado, ¿cuánto cuesta?', 'es')).toBe(
      'Letting out coats',
    );
  });

  it('reads not coming to a booked time as cancelling it', async () => {
    const top = await shop();
    expect(await top("I can't make it on Friday, what should I do?")).toBe('Appointments');
    expect(await top('el viernes no puedo ir, ¿qué hago?', 'es')).toBe('Appointments');
  });
});

describe('Spanish shop words in their shop sense', () => {
  it('puts the words a general dictionary reads in another sense in English', () => {
    expect(withShopSenses('mis vaqueros nuevos arrastran')).toBe('mis jeans nuevos arrastran');
    expect(withShopSenses('¿tengo que pedir cita para que me suban el bajo?')).toBe(
      '¿tengo que pedir appointment para que me suban el hem?',
    );
    expect(withShopSenses('¿cuánto sale arreglarlo?')).toBe('¿cuánto cuesta arreglarlo?');
  });

  it('leaves "bajo" as "under" or "low" where it is not a noun', () => {
    expect(withShopSenses('lo dejé bajo la lluvia')).toBe('lo dejé bajo la lluvia');
    expect(withShopSenses('un precio más bajo')).toBe('un precio más bajo');
  });
});

describe('a Spanish question’s phrases in its English reading', () => {
  it('says again what the phrases stand for, which a word-by-word translation loses', async () => {
    const store = await openDatabase({ path: ':memory:' });
    closers.push(() => store.close());
    const kb = new KnowledgeBase({
      db: store.db,
      embedder: null,
      // Apertium's word-by-word English of the question below (as it reads it).
      translate: async () => 'I thinned and the dress remains me big, how much costs to adjust it?',
      now: () => new Date('2026-03-01T10:00:00Z'),
    });
    const page = `# Alterations

## Taking in

Taking in a shirt or dress along the side seams costs $35.

## Suit trousers

Waist adjustments on suit trousers cost $25.
`;
    await kb.importDocument(
      { kb: 'tailor', kind: 'faq', source: 'alterations.md', format: 'markdown', language: 'en' },
      page,
    );
    const [top] = await kb.search({
      kb: 'tailor',
      query: 'adelgacé y el vestido me queda grande, ¿cuánto cuesta ajustarlo?',
      language: 'es',
    });
    expect(top?.headings.at(-1)).toBe('Taking in');
  });
});

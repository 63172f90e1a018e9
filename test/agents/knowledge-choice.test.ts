/**
 * Which passage answers, on both databases, over an invented music shop's documents: the one
 * whose single sentence says the question, the page in the shopper's own language when the shop
 * has both, and nothing when the shopper asks whether the shop offers something no page names.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const SERVICES_MD = `# Workshop services

## Setups

We set up guitars and basses bought here for free. Strings for the setup are extra.

## Repairs

Guitar repairs are quoted at the counter. A repaired guitar is ready in 5 days.

## Arrival checks

We check every guitar on arrival. Restringing is free for 30 days.

## Spare parts

We sell spare strings, picks and straps for every guitar we stock.
`;

const RENTAL_MD = `# Renting an instrument

## Rental plans

Violins and cellos can be rented by the month for €25.

## Workshop times

The workshop is open from Tuesday to Saturday, and every job you leave with us gets a ticket
with its number and the name of the person working on it. Restringing a guitar takes 2 days.

## Buying a rented instrument

Everything you paid in rent counts towards the price if you buy the instrument within a year.
`;

const RENTAL_ES_MD = `# Alquiler de instrumentos

## Planes de alquiler

Los violines y los violonchelos se alquilan por meses por 25 €.

## Comprar un instrumento alquilado

Todo lo que pagaste de alquiler cuenta para el precio si compras el instrumento antes de un año.
`;

const PIANOS_MD = `# Pianos

## Digital pianos

The Yamaha P45 comes with a sustain pedal and a music rest.
`;

const PIANOS_ES_MD = `# Pianos

## Pianos digitales

El Yamaha P45 viene con pedal de sustain y atril.
`;

async function seeded(db: ConstructorParameters<typeof KnowledgeBase>[0]['db']) {
  const kb = new KnowledgeBase({
    db,
    embedder: null,
    meanings: null,
    now: () => new Date('2026-03-01T10:00:00Z'),
  });
  for (const [source, text, language] of [
    ['services.md', SERVICES_MD, 'en'],
    ['rental.md', RENTAL_MD, 'en'],
    ['alquiler.md', RENTAL_ES_MD, 'es'],
    ['pianos.md', PIANOS_MD, 'en'],
    ['pianos-es.md', PIANOS_ES_MD, 'es'],
  ] as const)
    await kb.importDocument({ kb: 'music', kind: 'policy', source, format: 'markdown', language }, text);
  return kb;
}

describe.each(TEST_DIALECTS)('knowledge answer choice on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('prefers the passage one of whose sentences says the question with the fact asked', async () => {
    const kb = await seeded(t.store.db);
    // Both passages say "guitar", "restringing" and a number of days; only one says them in
    // one sentence ("restringing … free in the first 30 days" is not how long it takes).
    const [first] = await kb.search({ kb: 'music', query: 'how long does restringing my guitar take?' });
    expect(first?.headings).toEqual(['Workshop times']);
  });

  it('gives a shopper the page in their own language when the shop has both', async () => {
    const kb = await seeded(t.store.db);
    // Names and figures say as much in either page: the shopper's language decides.
    const query = 'Yamaha P45 sustain pedal?';
    const [es] = await kb.search({ kb: 'music', query, language: 'es' });
    expect(es?.source).toBe('pianos-es.md');
    const [en] = await kb.search({ kb: 'music', query, language: 'en' });
    expect(en?.source).toBe('pianos.md');
  });

  it('answers "do you sell …" only from a passage naming what is asked for', async () => {
    const kb = await seeded(t.store.db);
    // The spare-parts passage says "we sell" and "guitar", not amplifiers.
    expect(await kb.search({ kb: 'music', query: 'do you sell guitar amplifiers?' })).toEqual([]);
    const [strings] = await kb.search({ kb: 'music', query: 'do you sell spare strings?' });
    expect(strings?.headings).toEqual(['Spare parts']);
    const [cellos] = await kb.search({ kb: 'music', query: 'do you rent cellos?' });
    expect(cellos?.headings).toEqual(['Rental plans']);
  });

  it('answers "do you rent …" only from a passage saying renting: selling it is not', async () => {
    const kb = await seeded(t.store.db);
    // The piano page names the piano; no page rents pianos, and none says the shop is hiring.
    expect(await kb.search({ kb: 'music', query: 'do you rent pianos?' })).toEqual([]);
    expect(await kb.search({ kb: 'music', query: 'can I rent a Yamaha P45 piano for a weekend?' })).toEqual(
      [],
    );
    expect(await kb.search({ kb: 'music', query: 'are you hiring for the workshop?' })).toEqual([]);
    const [violins] = await kb.search({ kb: 'music', query: 'can I rent a violin?' });
    expect(violins?.headings).toEqual(['Rental plans']);
  });
});

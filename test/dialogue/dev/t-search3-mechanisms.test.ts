/**
 * The general mechanisms of branch t-search3, on an invented garden-tools shop of our own (no
 * round's products), played through the real importer and tool loop: leaving out one product by
 * its name ("leave out the ratchet pruner", "la de ratchet no, …") keeps the kind and price bound
 * shown, and "just the ones that snip herbs" / "nada más los que …" narrows that list by its text
 * (never another kind, never a goodbye); "nothing made of plastic" leaves out what the descriptions
 * say; "I heard Thornby has a smart pruner coming" / "me dijeron que Thornby va a sacar…" shows
 * the brand (never a cart removal, never a spec question).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { gardenCsv } from './t-search3-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('t-search3 mechanisms', () => {
  const t = useTestStore('sqlite');
  const opts = { timeout: DEV_SET_TIMEOUT_MS };

  async function play(script: DevScript) {
    await loadOutdoor(t.store.db, gardenCsv());
    const r = await playScript(t.store.db, script);
    expect(r.misses).toEqual([]);
  }

  it(
    'EN: a product left out by name, then "just the ones that …", keep the kind and price bound',
    opts,
    async () => {
      await play({
        name: 'pruners en',
        language: 'en',
        steps: [
          { say: 'show me pruners under 40 dollars', shown: { count: 3, maxPrice: 40, some: /Ratchet/ } },
          // Used to search for the ratchet pruner by its name (it came first).
          {
            say: 'leave out the ratchet pruner, my hands are fine',
            shown: { count: 2, maxPrice: 40, none: /Ratchet|Long Reach|Scissors/ },
          },
          // Used to drop the kind and find the kitchen scissors too.
          { say: 'just the ones that snip herbs', shown: { count: 1, some: /Mini Snips/ } },
        ],
      });
    },
  );

  it('ES: "la de X no" leaves X out; "nada más los que …" narrows, no goodbye', opts, async () => {
    await play({
      name: 'pruners es',
      language: 'es',
      steps: [
        { say: '¿qué pruners tenéis por menos de 40 dólares?', shown: { count: 3, maxPrice: 40 } },
        {
          say: 'la de ratchet no, me gusta cortar fino',
          shown: { count: 2, maxPrice: 40, none: /Ratchet|Long Reach|Scissors/ },
        },
        // "Nada más" used to close the conversation.
        {
          say: 'nada más los que cortan flores',
          shown: { maxPrice: 40, none: /Ratchet|Long Reach|Scissors/ },
          notReply: [/gracias por tu compra|nota/i],
        },
      ],
    });
  });

  it(
    'EN: "nothing made of plastic" / "nothing coppery" leave out what the descriptions say, kind and price kept',
    opts,
    async () => {
      await play({
        name: 'cans en',
        language: 'en',
        steps: [
          { say: 'what watering cans do you have under 30 dollars', shown: { count: 3, maxPrice: 30 } },
          // Used to be a search for the words, or not understood at all.
          {
            say: 'nothing made of plastic, it cracks in the frost',
            shown: { count: 2, maxPrice: 30, none: /Balcony|Heritage|Pruner/ },
          },
          { say: 'not the cottage can', shown: { count: 1, some: /Patio/ } },
          // The one product left used to be added in that colour.
          { say: 'only in green', shown: { count: 1, some: /Patio/ }, cart: [] },
          { say: 'start over. what watering cans do you have', shown: { count: 4 } },
          { say: 'nothing coppery, please', shown: { count: 3, none: /Heritage/ } },
        ],
      });
    },
  );

  it(
    "hearsay of a brand's new thing searches the brand; a cart line taken out stays a removal",
    opts,
    async () => {
      await play({
        name: 'hearsay en',
        language: 'en',
        steps: [
          {
            say: 'someone at the club said Thornby has a smart pruner coming. could I order one?',
            shown: { some: /Thornby/ },
          },
          { say: 'add the bypass pruner', cart: [{ name: /Bypass Pruner/ }] },
          // A negation verb beside "take it out" still removes the line.
          { say: "I'll skip the bypass pruner, take it out", cart: [] },
        ],
      });
    },
  );

  it('ES: "me dijeron que X va a sacar…" searches the brand, no cart removal', opts, async () => {
    await play({
      name: 'hearsay es',
      language: 'es',
      steps: [
        // "Va a sacar" used to be read as taking something out of the cart.
        {
          say: 'me dijeron que Thornby va a sacar un pruner inteligente. ¿lo puedo pedir?',
          shown: { some: /Thornby/ },
          notReply: [/carrito/i],
        },
      ],
    });
  });

  it('EN: "what X do you do for under N" searches the kind, no service question', opts, async () => {
    await play({
      name: 'do you do',
      language: 'en',
      steps: [
        // Used to be read as a question about a service the shop gives.
        { say: 'what pruners do you do for under 40 dollars?', shown: { count: 3, maxPrice: 40 } },
      ],
    });
  });
});

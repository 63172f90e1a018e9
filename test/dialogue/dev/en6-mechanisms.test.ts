/**
 * The general mechanisms of branch dlg-en6 (issue 12), each on the table tennis or drones
 * development store through the real importer, tool loop and shop, in wording of our own (not the
 * dev scripts' lines): a read-back asked by "my list" / "my order so far" / "what am I buying";
 * "that's all" beside a checkout verb, or "that's everything" alone, prepares the order and never
 * places it; a yes/no question wrapped in the shopper's situation quotes the sentence that speaks
 * to it, or says plainly the text does not say, never "whether it is <leftover words>"; "the three
 * star ones" is a product, not a rating; "the next one up" / "the bigger one" right after a refused
 * (sold-out) add steps from the value refused, keeping the other options asked.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { dronesCsv } from './drones-catalog.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { tableTennisCsv } from './tabletennis-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

async function play(t: ReturnType<typeof useTestStore>, csv: string, script: DevScript) {
  await loadOutdoor(t.store.db, csv);
  const r = await playScript(t.store.db, script);
  expect(r.misses).toEqual([]);
}

const NOTHING = ['search_products', 'confirm_order', 'prepare_order'];

describe('dlg-en6 mechanisms', () => {
  const t = useTestStore('sqlite');

  it('a read-back by the list, the order so far, or what the shopper is buying', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await play(t, tableTennisCsv(), {
      name: 'read-backs',
      language: 'en',
      steps: [
        { say: 'add the flip scoreboard', cart: [{ name: /Flip Scoreboard/ }] },
        {
          say: 'please read me back my list',
          calls: ['view_cart'],
          notCalls: NOTHING,
          reply: [/Scoreboard/],
        },
        { say: 'go over my order so far', calls: ['view_cart'], notCalls: NOTHING, reply: [/Scoreboard/] },
        { say: 'what does the basket look like now', calls: ['view_cart'], notCalls: NOTHING },
        { say: 'ok so what am I getting', calls: ['view_cart'], notCalls: NOTHING },
      ],
    });
  });

  it('"that\'s all" with a checkout verb, or "that\'s everything" alone, waits for a yes', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await play(t, dronesCsv(), {
      name: 'done shopping',
      language: 'en',
      steps: [
        { say: 'add the lipo charger', cart: [{ name: /Balance Charger/ }] },
        { say: "ok that's everything", calls: ['prepare_order'], notCalls: ['confirm_order'] },
        { say: 'hmm not sure', notCalls: ['confirm_order'] },
        { say: "that's it, ring me up", calls: ['prepare_order'], notCalls: ['confirm_order', 'view_cart'] },
        { say: 'yes please place it', calls: ['confirm_order'], orderStatus: 'placed' },
      ],
    });
  });

  it("a yes/no question inside the shopper's situation quotes what the text says to it", {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await play(t, tableTennisCsv(), {
      name: 'context yes/no',
      language: 'en',
      steps: [
        { say: 'show me the retractable net', shown: { first: /Retractable Net/ } },
        {
          say: 'we only have the kitchen table at the cabin, could the net go on that?',
          notCalls: ['search_products'],
          reply: [/dining table/],
          notReply: [/whether it is/],
        },
        {
          say: 'my brother is left handed and picky, does it come with spare posts for him?',
          notCalls: ['search_products'],
          reply: [/doesn't say\.$/],
          notReply: [/whether it is/],
        },
        {
          say: 'the club is strict, are the three star ones ok for a sanctioned event?',
          notCalls: ['submit_survey'],
        },
      ],
    });
  });

  it('a step up or down right after a refusal starts from the value refused', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await play(t, dronesCsv(), {
      name: 'step after refusal',
      language: 'en',
      steps: [
        { say: 'show me the 4s lipo', shown: { first: /4S LiPo/ } },
        { say: 'I want the 850', cart: [{ name: /4S LiPo/, options: { Capacity: '850 mAh' } }] },
        { say: 'show me the six cell lipo batteries', shown: { some: /6S LiPo/ } },
        { say: 'two of the 6s in 1300 mAh', reply: [/sold out/i], cart: [{ name: /4S LiPo/ }] },
        {
          say: 'alright, the next one up',
          cart: [{ name: /4S LiPo/ }, { name: /6S LiPo/, quantity: 2, options: { Capacity: '1500 mAh' } }],
        },
      ],
    });
  });
});

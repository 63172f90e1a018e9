/**
 * The general mechanisms of branch dlg-en7 (issue 12), each through the real importer, tool loop
 * and shop on a development store, in wording of our own (not the dev scripts' lines): a choice
 * between two named products by price is answered by their prices; a correction after a turn that
 * added several products changes the one it names; "make that one bottle" sets the count of the
 * line just added; a size said by its number ("number 10" = "No. 10") or as a plural number with
 * the catalog's unit ("the fifteens" = "15 inch"); "an eighth inch" is a fraction, not the eighth
 * item; "switch that to a 10" after an add is that line's size; a part of a multi-add naming its
 * product by a word only that name has is a second add; a partly refused multi-add says what it
 * asks; "I'd like to learn X" adds nothing; a value taken back inside the request is not read.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { detectingCsv } from './detecting-catalog.ts';
import { dronesCsv } from './drones-catalog.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { tuftingCsv } from './tufting-catalog.ts';

async function play(t: ReturnType<typeof useTestStore>, csv: string, script: DevScript) {
  await loadOutdoor(t.store.db, csv);
  const r = await playScript(t.store.db, script);
  expect(r.misses).toEqual([]);
}

const opts = { timeout: DEV_SET_TIMEOUT_MS };

describe('dlg-en7 mechanisms', () => {
  const t = useTestStore('sqlite');

  it('"which costs less, A or B?" is answered by the two prices', opts, async () => {
    await play(t, dronesCsv(), {
      name: 'price choice',
      language: 'en',
      steps: [
        {
          say: 'which one costs less, the pocket radio or the box goggles?',
          notCalls: ['add_to_cart'],
          reply: [/Box Goggles is cheaper at \$79\.00/, /\$109\.00 for Vortexa Pocket Radio/],
        },
        {
          say: 'which is more expensive, the landing pad or the lipo safe bag?',
          reply: [/Landing Pad is more expensive/],
        },
      ],
    });
  });

  it('a correction after several adds changes the line it names, not the last one', opts, async () => {
    await play(t, dronesCsv(), {
      name: 'correction names a line',
      language: 'en',
      steps: [
        {
          say: 'add the mini racer in orange and the kids drone in lime',
          cart: [
            { name: /Mini Racer/, color: 'Racing Orange' },
            { name: /Kids Drone/, color: 'Lime' },
          ],
        },
        {
          say: 'actually make the mini racer arctic white',
          cart: [
            { name: /Mini Racer/, color: 'Arctic White' },
            { name: /Kids Drone/, color: 'Lime' },
          ],
        },
      ],
    });
  });

  it('"make that one bottle" sets the count of the line just added', opts, async () => {
    await play(t, tuftingCsv(), {
      name: 'one of a unit',
      language: 'en',
      steps: [
        { say: 'add three bottles of the gun oil', cart: [{ name: /Gun Oil/, quantity: 3 }] },
        { say: 'hmm make it just one bottle', cart: [{ name: /Gun Oil/, quantity: 1 }] },
      ],
    });
  });

  it('a size said by its number ("number 10" is "No. 10")', opts, async () => {
    await play(t, tuftingCsv(), {
      name: 'number sizes',
      language: 'en',
      steps: [
        {
          say: "I'd like the oxford punch needle, number 10",
          cart: [{ name: /Oxford Punch Needle/, size: 'No. 10' }],
        },
      ],
    });
  });

  it(
    'a plural number with the unit names that size; an eighth inch is a fraction, not the eighth item',
    opts,
    async () => {
      await play(t, detectingCsv(), {
        name: 'plural with unit',
        language: 'en',
        steps: [
          { say: 'show me the coil covers', shown: { some: /Coil Cover/ } },
          { say: 'two of the fifteens please', cart: [{ name: /Coil Cover/, size: '15 inch', quantity: 2 }] },
          {
            say: 'I want the classifier in an eighth inch',
            reply: [/sold out|out of stock/i],
            notReply: [/Which product/i],
          },
        ],
      });
    },
  );

  it('"switch that to a 10" right after an add is that line\'s size, not ten of it', opts, async () => {
    await play(t, detectingCsv(), {
      name: 'size in a correction',
      language: 'en',
      steps: [
        { say: 'add the wading boots in size 9', cart: [{ name: /Wading Boots/, size: '9' }] },
        { say: 'sorry, switch that to a 10', cart: [{ name: /Wading Boots/, size: '10', quantity: 1 }] },
      ],
    });
  });

  it('a part naming its product by a word only that name has is a second add', opts, async () => {
    await play(t, tuftingCsv(), {
      name: 'own word in a part',
      language: 'en',
      steps: [
        {
          say: 'add the yarn winder plus two of the wool in charcoal, 1 kg',
          cart: [
            { name: /Yarn Winder/ },
            { name: /Wool Rug Yarn/, color: 'Charcoal', options: { Weight: '1 kg' }, quantity: 2 },
          ],
        },
      ],
    });
  });

  it(
    'a partly refused multi-add says what it asks, and "I\'d like to learn X" adds nothing',
    opts,
    async () => {
      await play(t, tuftingCsv(), {
        name: 'partly added',
        language: 'en',
        steps: [
          { say: "I'd like to learn punch needle", notCalls: ['add_to_cart'], cart: [] },
          {
            say: 'add the gripper strips and a wool cone in oat',
            cart: [{ name: /Gripper Strips/ }],
            reply: [/Added 1 Gripstep Carpet Gripper Strips/, /Wool Rug Yarn Cone/, /500 g/],
          },
        ],
      });
    },
  );

  it(
    'a value taken back inside the request ("in racing orange, no sorry, arctic white") is not read',
    opts,
    async () => {
      await play(t, dronesCsv(), {
        name: 'value taken back',
        language: 'en',
        steps: [
          {
            say: 'add the box goggles in racing orange, no sorry, arctic white',
            cart: [{ name: /Box Goggles/, color: 'Arctic White' }],
          },
        ],
      });
    },
  );
});

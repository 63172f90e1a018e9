/**
 * The general mechanisms of branch dlg-en8 (issue 12), each through the real importer, tool loop
 * and shop on a development store, in wording of our own (not the dev scripts' lines): a
 * comparative asked after two products were looked at one by one ranks those two; who a product is
 * for is read from its text (yes, no, or not said, never a yes from other words of the question);
 * "which one is for beginners" picks, among the list shown, the one whose text says so; several
 * products ordered without "add" ("give me A and B", "I'd like A plus B") are each added.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { detectingCsv } from './detecting-catalog.ts';
import { fencingCsv } from './fencing-catalog.ts';
import { gymCsv } from './gym-catalog.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

async function play(t: ReturnType<typeof useTestStore>, csv: string, script: DevScript) {
  await loadOutdoor(t.store.db, csv);
  const r = await playScript(t.store.db, script);
  expect(r.misses).toEqual([]);
}

const opts = { timeout: DEV_SET_TIMEOUT_MS };

describe('dlg-en8 mechanisms', () => {
  const t = useTestStore('sqlite');

  it('a comparative after two products looked at one by one ranks those two', opts, async () => {
    await play(t, detectingCsv(), {
      name: 'talked about',
      language: 'en',
      steps: [
        { say: 'tell me about the goldseeker', reply: [/Goldseeker/] },
        { say: 'tell me about the junior detector', reply: [/Junior Detector/] },
        {
          say: 'so which is lighter?',
          notCalls: ['search_products'],
          reply: [/lightest is Terrascan Junior Detector/, /2\.4 kg/],
        },
      ],
    });
  });

  it('who a product is for is read from its text: yes, no, or not said', opts, async () => {
    await play(t, gymCsv(), {
      name: 'audience yes/no',
      language: 'en',
      steps: [
        {
          say: 'would the adjustable dumbbell pair be ok for someone new to lifting?',
          reply: [/^No: .*Not for beginners/],
        },
        { say: 'is the technique bar meant for novices?', reply: [/^Yes: .*for beginners/] },
        {
          say: 'and is the flat utility bench aimed at beginners?',
          reply: [/doesn't say who it is for/],
          notReply: [/^Yes/],
        },
      ],
    });
  });

  it('"which one is for beginners" picks from the list shown by its text', opts, async () => {
    await play(t, gymCsv(), {
      name: 'level pick',
      language: 'en',
      steps: [
        { say: 'what dumbbells do you sell?', shown: { some: /Adjustable Dumbbell/ } },
        { say: 'show me your barbells', shown: { some: /Technique Bar/ } },
        {
          say: 'ok which would you recommend for a beginner?',
          notCalls: ['search_products'],
          reply: [/^Forge Technique Bar: its description says/],
        },
      ],
    });
  });

  it('several products ordered without "add" are each added', opts, async () => {
    await play(t, fencingCsv(), {
      name: 'order opening',
      language: 'en',
      steps: [
        { say: 'what jackets have you got?', shown: { some: /Competition Jacket/ } },
        {
          say: 'give me the 800N jacket in medium, left handed, and the breeches in medium',
          cart: [
            { name: /800N Competition Jacket/, size: 'M', options: { Hand: 'Left' } },
            { name: /Breeches/, size: 'M' },
          ],
        },
      ],
    });
  });
});

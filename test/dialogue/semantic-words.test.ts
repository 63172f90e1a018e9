/**
 * A shopper's word the catalog never uses, met through WordNet (src/shop/catalog/semantic):
 * "couches" finds the sofas, "a bag" finds the totes, "is it washable" reads "machine wash
 * cold", and "is it heavy" of a lightweight product answers no. Through the real importer, tool
 * loop and shop tools; none of these words is in the catalog or in any built-in word list.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../store/databases.ts';
import { loadOutdoor } from './dev/harness.ts';
import { RealConversation } from './real-shop.ts';

const shownOf = (r: Awaited<ReturnType<RealConversation['say']>>) =>
  (
    r.calls.filter((c) => c.name === 'search_products').at(-1)?.result as
      | { products?: { name: string }[] }
      | undefined
  )?.products ?? [];

const CSV = [
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status',
  'harbor-sofa,Harbor Three-Seat Sofa,<p>Deep seats in linen. Removable covers: machine wash cold.</p>,Maple & Moss,Sofas,,TRUE,Title,Default Title,hs-1,4,899,active',
  'nook-loveseat,Nook Loveseat Sofa,<p>A small sofa for two. Spot clean only.</p>,Maple & Moss,Sofas,,TRUE,Title,Default Title,nl-1,3,649,active',
  'market-tote,Market Canvas Tote,<p>Lightweight cotton canvas with long handles.</p>,Fernway,Totes,,TRUE,Title,Default Title,mt-1,9,38,active',
  'oak-table,Oak Side Table,<p>Solid oak. Seats nobody.</p>,Maple & Moss,Tables,,TRUE,Title,Default Title,ot-1,5,219,active',
].join('\n');

describe('words the catalog does not use (WordNet)', () => {
  const t = useTestStore('sqlite');

  it('finds sofas asked for as couches, and totes asked for as a bag', async () => {
    await loadOutdoor(t.store.db, `${CSV}\n`);
    const c = await RealConversation.guest(t.store.db, 'en');
    const couches = shownOf(await c.say('do you have any couches?')).map((p) => p.name);
    expect(new Set(couches)).toEqual(new Set(['Harbor Three-Seat Sofa', 'Nook Loveseat Sofa']));
    const bag = shownOf(await c.say('I need a bag')).map((p) => p.name);
    expect(bag).toEqual(['Market Canvas Tote']);
    await c.close();
  });

  it('answers a spec question from a derived word, and an opposite with no', async () => {
    await loadOutdoor(t.store.db, `${CSV}\n`);
    const c = await RealConversation.guest(t.store.db, 'en');
    await c.say('show me the Harbor sofa');
    expect((await c.say('are the covers washable?')).text).toMatch(/^Yes\b.*machine wash cold/i);
    await c.say('show me the market tote');
    expect((await c.say('is it heavy?')).text).toMatch(/^No\b.*Lightweight/i);
    await c.close();
  });
});

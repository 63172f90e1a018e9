/**
 * Wrong adds (issue 12): a request that names a product the shop does not place must never put the
 * product in focus in the cart, and a kind of product asked with a price bound is a search. Before
 * the guard, "añade el pastillero mensual" added the ice pack talked about last, and "add the
 * zorblat" added whatever was in focus, on every catalog.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { electronicsCsv } from './electronics-catalog.ts';
import { furnitureCsv } from './furniture-catalog.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { nutritionCsv } from './nutrition-catalog.ts';
import { pharmacyCsv } from './pharmacy-catalog.ts';
import { poolCsv } from './pool-catalog.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

const NO_ADD = ['add_to_cart', 'save_item'];

/** An add that sets the focus, then requests naming a word no product of the store has. */
function script(language: 'en' | 'es', add: string, name: RegExp, unknown: string[]): DevScript {
  return {
    name: `unknown product words after "${add}"`,
    language,
    steps: [
      { say: add, cart: [{ name }] },
      ...unknown.map((say) => ({ say, notCalls: NO_ADD, cart: [{ name }] })),
    ],
  };
}

const CASES: { catalog: string; csv: () => string; scripts: DevScript[] }[] = [
  {
    catalog: 'electronics',
    csv: electronicsCsv,
    scripts: [
      script('en', 'add the pulse buds in white', /Pulse Buds/, [
        'add the zorblat',
        'save the zorblat for later',
      ]),
      script('es', 'añade los pulse buds en blanco', /Pulse Buds/, ['añade el zorblat']),
    ],
  },
  {
    catalog: 'furniture',
    csv: furnitureCsv,
    scripts: [
      script('en', 'add the arc lamp in brass', /Arc Brass/, ['add the zorblat please']),
      script('es', 'añade la lámpara arc en negro', /Arc Brass/, ['añade el zorblat grande']),
    ],
  },
  {
    catalog: 'nutrition',
    csv: nutritionCsv,
    scripts: [
      script('en', 'add the bcaa recovery powder', /BCAA/, ['add the zorblat to my cart']),
      script('es', 'añade el bcaa', /BCAA/, ['añade el zorblat al carrito']),
    ],
  },
  {
    catalog: 'pharmacy',
    csv: pharmacyCsv,
    scripts: [
      script('en', 'add the gel ice pack', /Ice Pack/, ['add the zorblat']),
      script('es', 'añade la bolsa de hielo de gel', /Ice Pack/, [
        'añade el zorblat',
        'guárdame el zorblat para luego',
      ]),
    ],
  },
  {
    catalog: 'pool',
    csv: poolCsv,
    scripts: [
      {
        name: 'a kind of product with a price bound after an add',
        language: 'en',
        steps: [
          { say: 'show me pool filters' },
          { say: 'add the sand one', cart: [{ name: /Sand Filter/ }] },
          {
            say: 'and a cover for a 16 by 32 pool, under 200',
            notCalls: NO_ADD,
            cart: [{ name: /Sand Filter/ }],
          },
        ],
      },
    ],
  },
];

describe.each(CASES)('no wrong add on the $catalog store', ({ csv, scripts }) => {
  const t = useTestStore('sqlite');
  it('a request naming an unknown product never adds the product in focus', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, csv());
    const misses: string[] = [];
    for (const sc of scripts) misses.push(...(await playScript(t.store.db, sc)).misses);
    expect(misses).toEqual([]);
  });
});

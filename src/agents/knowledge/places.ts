/**
 * A place the shopper names instead of the words a shop's documents use for it ("my buddy in
 * Vancouver" → "Canada", "international"; "up in Anchorage" → "Alaska"): the gazetteer in
 * places.json (data, not code) gives a place its region, its country and — when the shop is not
 * in that country — the words for abroad. Each is said less strongly than the place's own name.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Gazetteer = z.object({
  abroad: z.array(z.string()),
  countries: z.record(z.string(), z.array(z.string())),
  places: z.record(z.string(), z.object({ country: z.string(), region: z.array(z.string()) })),
});
type Gazetteer = z.infer<typeof Gazetteer>;

/** How well a word the passage says stands for the place the shopper named. */
export const REGION_WEIGHT = 0.6;
export const COUNTRY_WEIGHT = 0.5;
export const ABROAD_WEIGHT = 0.4;

/** A wider word for a place: its region, its country, or abroad (only away from the shop's country). */
export interface Wider {
  word: string;
  weight: number;
  /** The country's own words (abroad words are dropped when a passage names one of them). */
  country: readonly string[];
  abroad: boolean;
}

/** Words of a region's name that say nothing of it alone ("new" York, "north" Carolina). */
const GENERIC = new Set(
  'new north south west east nuevo nueva baja ciudad de del san santa los las el la'.split(' '),
);

let loaded: { data: Gazetteer; longest: number } | undefined;
function gazetteer(): { data: Gazetteer; longest: number } {
  if (!loaded) {
    const data = Gazetteer.parse(JSON.parse(readFileSync(new URL('./places.json', import.meta.url), 'utf8')));
    const longest = Math.max(...Object.keys(data.places).map((n) => n.split(' ').length));
    loaded = { data, longest };
  }
  return loaded;
}

/**
 * The places named in folded words, each as the index of its last word and its wider words
 * (longest name first: "nuevo leon" before "leon", "new mexico" before "mexico").
 */
export function placesIn(ws: readonly string[]): Map<number, Wider[]> {
  const { data, longest } = gazetteer();
  const out = new Map<number, Wider[]>();
  for (let i = 0; i < ws.length; i++) {
    for (let n = Math.min(longest, ws.length - i); n >= 1; n--) {
      const name = ws.slice(i, i + n).join(' ');
      const place = data.places[name];
      if (!place) continue;
      const country = data.countries[place.country] ?? [];
      const own = new Set(name.split(' '));
      const wider: Wider[] = [];
      const add = (word: string, weight: number, abroad = false) => {
        if (!own.has(word) && !wider.some((w) => w.word === word))
          wider.push({ word, weight, country, abroad });
      };
      for (const w of place.region) if (!GENERIC.has(w)) add(w, REGION_WEIGHT);
      for (const w of country) add(w, COUNTRY_WEIGHT);
      for (const w of data.abroad) add(w, ABROAD_WEIGHT, true);
      out.set(i + n - 1, wider);
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Said before the shop's own country: "within the contiguous United States", "fuera de España". */
const HOME_BEFORE =
  '\\b(?:within|throughout|across|inside|outside|anywhere in|all of|all over|toda|todo|dentro de|fuera de|en toda)\\s+(?:the\\s+|la\\s+|el\\s+)?(?:[a-z]+\\s+)?';

/**
 * The concepts with a place's abroad words dropped when the shop's documents say its country is
 * their own ("within the United States", "en toda España"): "¿enviáis a Sevilla?" to a Spanish
 * shop is not answered by its page on shipping abroad. A country named as a destination ("we ship
 * to Canada") is not the shop's own. `texts`: folded passages.
 */
export function atHome<C extends { wider: Wider[] }>(asked: C[], texts: readonly string[]): C[] {
  const home = (country: readonly string[]) => isHome(country, texts);
  return asked.map((c) =>
    c.wider.some((p) => p.abroad && home(p.country)) ? { ...c, wider: c.wider.filter((p) => !p.abroad) } : c,
  );
}

function isHome(country: readonly string[], texts: readonly string[]): boolean {
  return country.some((w) => texts.some((t) => new RegExp(`${HOME_BEFORE}${w}\\b`).test(t)));
}

/**
 * The words of the shop's own country when the shopper's place is abroad (a place concept kept
 * its abroad words and the documents say which country is theirs), else undefined.
 */
export function homeWhenAway(
  asked: readonly { wider: Wider[] }[],
  texts: readonly string[],
): string[] | undefined {
  if (!asked.some((c) => c.wider.some((p) => p.abroad && !isHome(p.country, texts)))) return undefined;
  const { data } = gazetteer();
  const home = Object.values(data.countries).filter((words) => isHome(words, texts));
  return home.length === 1 ? home[0] : undefined;
}

/**
 * A passage holding a rule to the shop's own country ("from another shop in the United States",
 * "en España"): not the answer for a shopper abroad when it does not say their place at all.
 * `text`: folded words.
 */
export function onlyAtHome(home: readonly string[], text: string): boolean {
  return home.some((w) =>
    new RegExp(
      `\\b(?:in|within|inside|en|dentro de)\\s+(?:the\\s+|la\\s+|el\\s+)?(?:[a-z]+\\s+)?${w}\\b`,
    ).test(text),
  );
}

import { describe, expect, it } from 'vitest';
import {
  ABROAD_WEIGHT,
  atHome,
  COUNTRY_WEIGHT,
  homeWhenAway,
  onlyAtHome,
  placesIn,
  REGION_WEIGHT,
} from './places.ts';
import { concepts, strength, words } from './terms.ts';

const place = (q: string) => concepts(q).find((c) => c.wider.length > 0);

describe('places named instead of the words a shop uses (gazetteer)', () => {
  it('gives a city its region, country and abroad words, in English and Spanish', () => {
    const [vancouver] = [...placesIn(words('my buddy in Vancouver')).values()];
    expect(vancouver?.map((p) => p.word)).toEqual(
      expect.arrayContaining(['columbia', 'canada', 'international']),
    );
    const monterrey = place('vivo en Monterrey, ¿me la mandan?');
    expect(monterrey?.word).toBe('monterrey');
    expect(monterrey?.wider.map((p) => p.word)).toEqual(
      expect.arrayContaining(['leon', 'mexico', 'extranjero']),
    );
  });

  it('reads a name of several words as one place, its last word standing for it', () => {
    const c = place('we live in Puerto Rico');
    expect(c?.word).toBe('rico');
    expect(c?.wider.some((p) => p.word === 'united')).toBe(true);
    // "new" is not said for New York: only "york".
    expect(place('a shop in new york')?.wider.some((p) => p.word === 'new')).toBe(false);
  });

  it('says a place by its region, country or abroad, each weaker than its own name', () => {
    const c = place('I am up in Anchorage');
    expect(c).toBeDefined();
    if (!c) return;
    expect(strength(c, 'Orders to Alaska and Hawaii go by air.')).toBe(REGION_WEIGHT);
    expect(strength(c, 'Free shipping in the United States.')).toBe(COUNTRY_WEIGHT);
    expect(strength(c, 'We ship internationally.')).toBe(ABROAD_WEIGHT);
    expect(strength(c, 'Pickup at the Anchorage store.')).toBe(1);
    expect(strength(c, 'Pickup at the store.')).toBe(0);
  });

  it("drops abroad words where the documents say the place's country is the shop's own", () => {
    const asked = concepts('do you send to Sevilla');
    const home = atHome(asked, [words('Enviamos a toda España en 48 horas').join(' ')]);
    expect(home.find((c) => c.word === 'sevilla')?.wider.some((p) => p.abroad)).toBe(false);
    // A country named as a destination is not the shop's own.
    const away = atHome(concepts('my friend in Toronto'), [words('We ship to Canada and Mexico').join(' ')]);
    expect(away.find((c) => c.word === 'toronto')?.wider.some((p) => p.abroad)).toBe(true);
  });
});

describe("the shop's own country, for a shopper abroad", () => {
  const texts = ['we ship anywhere within the contiguous united states', 'we ship to canada and mexico'];
  it('is the country the documents hold their rules to, only when the shopper is abroad', () => {
    expect(homeWhenAway(concepts('my friend in Toronto'), texts)).toContain('united');
    expect(homeWhenAway(concepts('my friend in Denver'), texts)).toBeUndefined();
  });
  it('finds a rule held to that country, not one excluding the rest of the world', () => {
    expect(onlyAtHome(['united'], 'from another bike shop in the united states')).toBe(true);
    expect(onlyAtHome(['united'], 'from shops outside the united states')).toBe(false);
  });
});

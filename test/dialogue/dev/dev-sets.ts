/**
 * Development scores on Shopify imports of verticals the engine was not written for, played
 * through the real importer, tool loop and shop tools. Prints every miss; asserts a floor per
 * language. The sets are split over four test files (dev-sets-*.test.ts) so two test workers
 * share them: together they were the suite's longest CPU-bound file (136 s).
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/schema.ts';
import { useTestStore } from '../../store/databases.ts';
import { archeryCsv } from './archery-catalog.ts';
import { ARCHERY_SCRIPTS } from './archery-scripts.ts';
import { artCsv } from './art-catalog.ts';
import { ART_SCRIPTS } from './art-scripts.ts';
import { astronomyCsv } from './astronomy-catalog.ts';
import { astronomyEsCsv } from './astronomy-es-catalog.ts';
import { ASTRONOMY_ES_SCRIPTS } from './astronomy-es-scripts.ts';
import { ASTRONOMY_SCRIPTS } from './astronomy-scripts.ts';
import { bakingCsv, insertBakingPromos } from './baking-catalog.ts';
import { BAKING_SCRIPTS } from './baking-scripts.ts';
import { barberCsv, barberStoreSetup } from './barber-catalog.ts';
import { BARBER_SCRIPTS } from './barber-scripts.ts';
import { baseballCsv } from './baseball-catalog.ts';
import { BASEBALL_SCRIPTS } from './baseball-scripts.ts';
import { basketballCsv } from './basketball-catalog.ts';
import { BASKETBALL_SCRIPTS } from './basketball-scripts.ts';
import { birdingCsv } from './birding-catalog.ts';
import { BIRDING_SCRIPTS } from './birding-scripts.ts';
import { BONSAI_ES_POLICY, bonsaiEsCsv, bonsaiEsStoreSetup } from './bonsai-es-catalog.ts';
import { BONSAI_ES_SCRIPTS } from './bonsai-es-scripts.ts';
import { cheeseCsv, cheeseStoreSetup } from './cheese-catalog.ts';
import { CHEESE_SCRIPTS } from './cheese-scripts.ts';
import { climbingCsv } from './climbing-catalog.ts';
import { CLIMBING_SCRIPTS } from './climbing-scripts.ts';
import { detectingCsv, insertDetectingPromos } from './detecting-catalog.ts';
import { DETECTING_SCRIPTS } from './detecting-scripts.ts';
import { DISC_GOLF_POLICY, discGolfCsv } from './discgolf-catalog.ts';
import { DISC_GOLF_SCRIPTS } from './discgolf-scripts.ts';
import { dronesCsv, insertDronesPromos } from './drones-catalog.ts';
import { DRONES_SCRIPTS } from './drones-scripts.ts';
import { electronicsCsv } from './electronics-catalog.ts';
import { ELECTRONICS_SCRIPTS } from './electronics-scripts.ts';
import { eyewearCsv } from './eyewear-catalog.ts';
import { EYEWEAR_SCRIPTS } from './eyewear-scripts.ts';
import { fencingCsv, insertFencingPromos } from './fencing-catalog.ts';
import { FENCING_SCRIPTS } from './fencing-scripts.ts';
import { formalCsv } from './formal-catalog.ts';
import { FORMAL_SCRIPTS } from './formal-scripts.ts';
import { furnitureCsv } from './furniture-catalog.ts';
import { FURNITURE_SCRIPTS } from './furniture-scripts.ts';
import { gymCsv, insertGymPromos } from './gym-catalog.ts';
import { gymEsCsv, insertGymEsPromos } from './gym-es-catalog.ts';
import { GYM_ES_SCRIPTS } from './gym-es-scripts.ts';
import { GYM_SCRIPTS } from './gym-scripts.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { hockeyCsv, insertHockeyPromos } from './hockey-catalog.ts';
import { HOCKEY_SCRIPTS } from './hockey-scripts.ts';
import { homebrewCsv } from './homebrew-catalog.ts';
import { HOMEBREW_SCRIPTS } from './homebrew-scripts.ts';
import { kitchenCsv } from './kitchen-catalog.ts';
import { KITCHEN_SCRIPTS } from './kitchen-scripts.ts';
import { KITE_POLICY, kiteCsv } from './kite-catalog.ts';
import { KITE_SCRIPTS } from './kite-scripts.ts';
import { KNITTING_POLICY, knittingCsv } from './knitting-catalog.ts';
import { KNITTING_SCRIPTS } from './knitting-scripts.ts';
import { insertLapidaryPromos, LAPIDARY_POLICY, lapidaryCsv } from './lapidary-catalog.ts';
import { LAPIDARY_SCRIPTS } from './lapidary-scripts.ts';
import { luggageCsv } from './luggage-catalog.ts';
import { LUGGAGE_SCRIPTS } from './luggage-scripts.ts';
import { motoCsv } from './moto-catalog.ts';
import { MOTO_SCRIPTS } from './moto-scripts.ts';
import { nutritionCsv } from './nutrition-catalog.ts';
import { NUTRITION_SCRIPTS } from './nutrition-scripts.ts';
import { musicCsv, stationeryCsv } from './options-catalog.ts';
import { MUSIC_SCRIPTS, STATIONERY_SCRIPTS } from './options-scripts.ts';
import { outdoorCsv } from './outdoor-catalog.ts';
import { OUTDOOR_SCRIPTS } from './outdoor-scripts.ts';
import { padelCsv, padelInEuros } from './padel-catalog.ts';
import { PADEL_SCRIPTS } from './padel-scripts.ts';
import { partyCsv } from './party-catalog.ts';
import { PARTY_SCRIPTS } from './party-scripts.ts';
import { petsCsv } from './pets-catalog.ts';
import { PETS_SCRIPTS } from './pets-scripts.ts';
import { insertPharmacyPromos, pharmacyCsv } from './pharmacy-catalog.ts';
import { PHARMACY_SCRIPTS } from './pharmacy-scripts.ts';
import { poolCsv } from './pool-catalog.ts';
import { POOL_SCRIPTS } from './pool-scripts.ts';
import { ROLLERSKATE_POLICY, rollerskateCsv } from './rollerskate-catalog.ts';
import { ROLLERSKATE_SCRIPTS } from './rollerskate-scripts.ts';
import { runningCsv } from './running-catalog.ts';
import { RUNNING_SCRIPTS } from './running-scripts.ts';
import { SCOOTER_POLICY, scooterCsv } from './scooter-catalog.ts';
import { SCOOTER_SCRIPTS } from './scooter-scripts.ts';
import { insertSeasonPromos } from './season-promos.ts';
import { insertSoapPromos, SOAP_POLICY, soapCsv } from './soap-catalog.ts';
import { SOAP_SCRIPTS } from './soap-scripts.ts';
import { soccerCsv } from './soccer-catalog.ts';
import { SOCCER_SCRIPTS } from './soccer-scripts.ts';
import { surfCsv } from './surf-catalog.ts';
import { SURF_SCRIPTS } from './surf-scripts.ts';
import { insertTableTennisPromos, tableTennisCsv } from './tabletennis-catalog.ts';
import { TABLE_TENNIS_SCRIPTS } from './tabletennis-scripts.ts';
import { tattooCsv, tattooStoreSetup } from './tattoo-catalog.ts';
import { TATTOO_SCRIPTS } from './tattoo-scripts.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { insertTuftingPromos, tuftingCsv } from './tufting-catalog.ts';
import { TUFTING_SCRIPTS } from './tufting-scripts.ts';
import { VAJILLA_ES_POLICY, vajillaEsCsv, vajillaEsStoreSetup } from './vajilla-es-catalog.ts';
import { VAJILLA_ES_SCRIPTS } from './vajilla-es-scripts.ts';
import { insertVolleyballPromos, volleyballCsv } from './volleyball-catalog.ts';
import { VOLLEYBALL_SCRIPTS } from './volleyball-scripts.ts';
import { insertWoodworkingPromos, woodworkingCsv } from './woodworking-catalog.ts';
import { WOODWORKING_SCRIPTS } from './woodworking-scripts.ts';
import { insertWorkwearEsPromos, WORKWEAR_ES_POLICY, workwearEsCsv } from './workwear-es-catalog.ts';
import { WORKWEAR_ES_SCRIPTS } from './workwear-es-scripts.ts';
import { yogaCsv } from './yoga-catalog.ts';
import { YOGA_SCRIPTS } from './yoga-scripts.ts';

// Tuned on: these sets now guard against regressions; held-out measures are in the commit log and
// report. Each floor is the score measured last, per language.
interface DevSet {
  name: string;
  csv: () => string;
  scripts: DevScript[];
  /** The floor per language scored; a set written for one language has only that one. */
  floor: Partial<Record<'en' | 'es', number>>;
  /** What the store needs besides its catalog (its own promo codes). */
  setup?: (db: Kysely<Database>) => Promise<void>;
  /** The store's policy text (shipping, returns, warranty…), as the app's SHOP_POLICY_TEXT. */
  policy?: string;
}

export const SETS: DevSet[] = [
  { name: 'outdoor', csv: outdoorCsv, scripts: OUTDOOR_SCRIPTS, floor: { en: 0.95, es: 0.95 } },
  { name: 'kitchen', csv: kitchenCsv, scripts: KITCHEN_SCRIPTS, floor: { en: 0.95, es: 0.95 } },
  { name: 'pets', csv: petsCsv, scripts: PETS_SCRIPTS, floor: { en: 0.95, es: 0.95 } },
  { name: 'electronics', csv: electronicsCsv, scripts: ELECTRONICS_SCRIPTS, floor: { en: 1, es: 1 } },
  { name: 'furniture', csv: furnitureCsv, scripts: FURNITURE_SCRIPTS, floor: { en: 0.93, es: 0.95 } },
  { name: 'nutrition', csv: nutritionCsv, scripts: NUTRITION_SCRIPTS, floor: { en: 0.97, es: 0.95 } },
  {
    name: 'stationery options',
    csv: stationeryCsv,
    scripts: STATIONERY_SCRIPTS,
    // ES was 7/7 on the Spanish branch alone. The English branch's importer fix (a "Nib Size"
    // is an option, not a wearable size) turns "la de brass" into a question about the nib
    // ("Fine o Medium (agotado)") where the script expects the add with the one nib in stock;
    // the shop asks rather than choosing an option for the shopper. Noted on issue 12.
    floor: { en: 1, es: 0.85 },
  },
  { name: 'music options', csv: musicCsv, scripts: MUSIC_SCRIPTS, floor: { en: 1, es: 1 } },
  // Written before the option mechanisms of issue 12 were tuned on it (branch opts): EN 9/24,
  // ES 8/24 before; EN 15/24, ES 15/24 after.
  { name: 'eyewear', csv: eyewearCsv, scripts: EYEWEAR_SCRIPTS, floor: { en: 0.62, es: 0.62 } },
  // Written before the finding/reference work (branch find): 11/24 EN, 10/24 ES then, 18/24 and
  // 15/24 after it; EN 13/24 once rebased on the opts merge ("and a cover for a 16 by 32 pool,
  // under 200" is added again as an option value of the Winter cover: noted on issue 12). EN 18/24
  // once a price bound keeps that request a search (branch wrongadd).
  { name: 'pool', csv: poolCsv, scripts: POOL_SCRIPTS, floor: { en: 0.75, es: 0.62 } },
  // Held-out score before any change for this store: EN 18/28, ES 8/10; after the questions work
  // EN 28/28, ES 9/10 (the miss: the harness reads the quoted English description as an English reply).
  { name: 'luggage', csv: luggageCsv, scripts: LUGGAGE_SCRIPTS, floor: { en: 1, es: 0.9 } },
  // First run, engine untouched: EN 11/29, ES 9/29; after the Spanish work of issue 12: ES 12/29.
  // Measured EN 15/29, ES 14/29 before branch dlg-cart; EN 24/29, ES 23/29 after it.
  // ES 23/29 after the cart work, 22/29 with the Spanish work merged ('melamina' now read as the
  // catalog's melamine: one comparison step loses the English re-reading that solved it).
  { name: 'party supplies', csv: partyCsv, scripts: PARTY_SCRIPTS, floor: { en: 24 / 29, es: 22 / 29 } },
  // Measured before the cart/promo/order work: EN 19/30, ES 9/30; after: EN 26/30, ES 16/30; ES
  // 17/30 once "añade el pastillero mensual" no longer adds the product in focus (branch wrongadd).
  {
    name: 'pharmacy',
    csv: pharmacyCsv,
    scripts: PHARMACY_SCRIPTS,
    floor: { en: 0.86, es: 0.56 },
    setup: insertPharmacyPromos,
  },
  // Written before the product-finding work of issue 12 (branch dlg-search) and scored once on
  // the untouched engine: climbing EN 27/34, ES 16/34; homebrew EN 22/32, ES 11/32. After it (need
  // words, kind scoping, superlatives over the list shown, 'not the X'): climbing EN 32/34, ES
  // 18/34; homebrew EN 27/32, ES 12/32. Most Spanish misses are kinds the Spanish vocabulary does
  // not reach ('pies de gato', 'fermentadores', 'ollas', 'barriles'): the Spanish work's to measure.
  // Round 8's English mechanisms (branch dlg-en) raised climbing EN to 33/34, birding EN to 39/45,
  // yoga EN to 28/39 and ES to 19/39.
  { name: 'climbing', csv: climbingCsv, scripts: CLIMBING_SCRIPTS, floor: { en: 33 / 34, es: 18 / 34 } },
  { name: 'homebrew', csv: homebrewCsv, scripts: HOMEBREW_SCRIPTS, floor: { en: 27 / 32, es: 12 / 32 } },
  // Written before the "acting on what was shown" work (branch dlg-cart); first run, engine
  // untouched: moto EN 23/51, ES 20/51; birding EN 30/45, ES 22/45. After it: moto EN 47/51,
  // ES 35/51; birding EN 35/45, ES 26/45.
  { name: 'moto', csv: motoCsv, scripts: MOTO_SCRIPTS, floor: { en: 47 / 51, es: 35 / 51 } },
  // Branch dlg-es9 (Spanish sold-out values, text answers, policy): birding ES 27/45.
  { name: 'birding', csv: birdingCsv, scripts: BIRDING_SCRIPTS, floor: { en: 39 / 45, es: 27 / 45 } },
  // Written for the Spanish work (branch dlg-es) before any engine change: EN 27/39, ES 17/39;
  // ES 18/39 after it.
  { name: 'yoga', csv: yogaCsv, scripts: YOGA_SCRIPTS, floor: { en: 28 / 39, es: 19 / 39 } },
  // Written for the Spanish work (branch dlg-es) before any engine change: EN 17/38, ES 8/38;
  // ES 9/38 after it; with the other session-9 branches merged, EN 20/38, ES 8/38; branch dlg-es9: ES 9/38.
  { name: 'archery', csv: archeryCsv, scripts: ARCHERY_SCRIPTS, floor: { en: 20 / 38, es: 9 / 38 } },
  // English only, written before any engine change (branch dlg-en3) and scored then: surf 30/51,
  // art 25/48; after its English mechanisms: surf 42/51, art 40/48.
  { name: 'surf & skate', csv: surfCsv, scripts: SURF_SCRIPTS, floor: { en: 42 / 51 } },
  { name: 'art supplies', csv: artCsv, scripts: ART_SCRIPTS, floor: { en: 40 / 48 } },
  // Spanish only (Spain, Mexico, Argentina), written before any engine change (branch dlg-es3)
  // and scored once untouched: running 20/42, formal 15/42. After its Spanish work (participles,
  // diminutives, vos, talle, ¿cuánto sale?, saving a cart line by a Spanish noun, suit fits,
  // retail words for suits and track): 30/42, 21/42.
  {
    name: 'running',
    csv: runningCsv,
    scripts: RUNNING_SCRIPTS,
    floor: { es: 30 / 42 },
    setup: insertSeasonPromos,
  },
  {
    name: 'formal',
    csv: formalCsv,
    scripts: FORMAL_SCRIPTS,
    floor: { es: 21 / 42 },
    setup: insertSeasonPromos,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en4), each
  // step naming its failure kind; scored then: astronomy 14/37, baseball 24/36. After its English
  // mechanisms (values said alone, superlatives over every product shown, kinds, 'not for'): 20/37, 27/36.
  { name: 'astronomy', csv: astronomyCsv, scripts: ASTRONOMY_SCRIPTS, floor: { en: 20 / 37 } },
  { name: 'baseball', csv: baseballCsv, scripts: BASEBALL_SCRIPTS, floor: { en: 27 / 36 } },
  // Spanish only (Spain, Mexico, Colombia, Argentina, Chile), written before any engine change
  // (branch dlg-es4) and scored once untouched: soccer 11/42, astronomy 14/38. After its Spanish
  // work (regional words for kit and optics, decimal commas, ¿tienen una X?, sumar, dame ese,
  // ¿qué pilas usa?): 21/42, 19/38.
  {
    name: 'soccer',
    csv: soccerCsv,
    scripts: SOCCER_SCRIPTS,
    floor: { es: 21 / 42 },
    setup: insertSeasonPromos,
  },
  {
    // Another astronomy store than the English one above (both written the same session).
    name: 'astronomy-es',
    csv: astronomyEsCsv,
    scripts: ASTRONOMY_ES_SCRIPTS,
    floor: { es: 19 / 38 },
    setup: insertSeasonPromos,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en5; ice
  // hockey stands in for golf, round 6's vertical), each step naming its kind; scored then:
  // hockey 35/45, woodworking 24/41. After its
  // English mechanisms (answers to a width that name another product, fractions read whole, 'mil',
  // warranties and may-do questions from the text, comparatives by figures, ages over a list):
  // hockey 39/45, woodworking 33/41.
  {
    name: 'hockey',
    csv: hockeyCsv,
    scripts: HOCKEY_SCRIPTS,
    floor: { en: 39 / 45 },
    setup: insertHockeyPromos,
  },
  {
    name: 'woodworking',
    csv: woodworkingCsv,
    scripts: WOODWORKING_SCRIPTS,
    floor: { en: 33 / 41 },
    setup: insertWoodworkingPromos,
  },
  // Spanish only (Argentina, Mexico, Spain, Colombia, Chile), written before any engine change
  // (branch dlg-es5) and scored once untouched: basketball 17/45, padel 17/37. Basketball is an
  // English-only import, pádel a Spanish catalog sold in euros. Three basketball steps asked for ten
  // of a variant the catalog stocks eight of; asking for six, the untouched engine scores 19/45.
  // After its Spanish work (holding off a read-back, '¿en qué colores viene?', regional words,
  // 'grande' without sizes, 'un bote' of 'Bote de 3'): 31/45, 24/37.
  // 33/45 after branch dlg-es11 ("para mi hijo de diez años" no size 10, "tenis de basquetbol").
  { name: 'basketball', csv: basketballCsv, scripts: BASKETBALL_SCRIPTS, floor: { es: 33 / 45 } },
  { name: 'padel', csv: padelCsv, scripts: PADEL_SCRIPTS, floor: { es: 24 / 37 }, setup: padelInEuros },
  // Spanish only (Mexico, Spain, Argentina, Colombia, Chile), written before any engine change
  // (branch dlg-es6): volleyball is an English-only import in dollars, cheese-making supplies a
  // Spanish catalog in euros. Scored once untouched: volleyball 18/78, cheese 18/66. After its
  // work (closings said last, regional consent, doubt holds the read-back, yes/no from option
  // values, the next value after a refusal): 26/78, 26/66. Most misses left are first searches
  // (kinds said in Spanish) whose failure cascades through the conversation. Cheese 27/66 before
  // branch dlg-en9, 29/66 after it (a question naming a part of the product in focus stays on it).
  {
    name: 'volleyball',
    csv: volleyballCsv,
    scripts: VOLLEYBALL_SCRIPTS,
    floor: { es: 26 / 78 },
    setup: insertVolleyballPromos,
  },
  {
    name: 'cheese',
    csv: cheeseCsv,
    scripts: CHEESE_SCRIPTS,
    floor: { es: 29 / 66 },
    setup: cheeseStoreSetup,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en6), each
  // step naming its kind (yes/no in context, cart read-backs and checkout phrasings, two products
  // in one add, values said alone after a refusal).
  // Scored then: table tennis 31/70, drones 37/71. After its English mechanisms (read-backs by the
  // list or the order so far, "that's all, ring it up", context yes/no answered by the sentence
  // that speaks to it, a step from the value refused): 41/70, 41/71.
  {
    name: 'table tennis',
    csv: tableTennisCsv,
    scripts: TABLE_TENNIS_SCRIPTS,
    floor: { en: 41 / 70 },
    setup: insertTableTennisPromos,
  },
  {
    name: 'drones',
    csv: dronesCsv,
    scripts: DRONES_SCRIPTS,
    floor: { en: 41 / 71 },
    setup: insertDronesPromos,
  },
  // Spanish only (Mexico, Spain, Argentina, Colombia, Peru, Chile), written from the shopper's side
  // before any engine change (branch dlg-es7), each step naming its kind (first searches by a Spanish
  // kind word, two products in one add, yes/no about another product, corrections, sizes in words):
  // home baking is an English-only import in dollars, barbershop supplies a Spanish catalog in pesos.
  // Scored once untouched: baking 32/56, barber 32/45. After its Spanish work (kitchen and salon
  // words, '¿tienen + plural' said, 'quisiera ver', 'manejan', corrections of how many, pro-drop
  // '¿es de …?', a Spanish text searched by the words said, options named by their name): 38/56, 36/45.
  {
    name: 'baking',
    csv: bakingCsv,
    scripts: BAKING_SCRIPTS,
    floor: { es: 38 / 56 },
    setup: insertBakingPromos,
  },
  {
    name: 'barber',
    csv: barberCsv,
    scripts: BARBER_SCRIPTS,
    floor: { es: 36 / 45 },
    setup: barberStoreSetup,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en7), each
  // step naming its kind (two products in one add, yes/no about another product than the one in
  // focus, comparisons, corrections mid-request, quantity and size said together in words).
  // Scored then: rug tufting 26/44, metal detecting 27/44. After its English mechanisms (price
  // choices by price, corrections naming a line or taking a value back, sizes by number and plural
  // number, a multi-add part named by its own word, 'I want to try X' no add): 34/44, 32/44.
  {
    name: 'rug tufting',
    csv: tuftingCsv,
    scripts: TUFTING_SCRIPTS,
    floor: { en: 34 / 44 },
    setup: insertTuftingPromos,
  },
  {
    name: 'metal detecting',
    csv: detectingCsv,
    scripts: DETECTING_SCRIPTS,
    floor: { en: 32 / 44 },
    setup: insertDetectingPromos,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en8), aimed
  // at the failure kinds that recur across held-out rounds (first searches in the shopper's words,
  // two products in one add, yes/no about another product, comparisons other than price).
  // Scored then: fencing 27/41, home gym 24/37. After its mechanisms (comparatives over the two
  // products just talked about, who a product is for read from its text, orders without 'add'):
  // fencing 30/41, home gym 26/37.
  {
    name: 'fencing',
    csv: fencingCsv,
    scripts: FENCING_SCRIPTS,
    floor: { en: 30 / 41 },
    setup: insertFencingPromos,
  },
  { name: 'home gym', csv: gymCsv, scripts: GYM_SCRIPTS, floor: { en: 26 / 37 }, setup: insertGymPromos },
  // Spanish only (Mexico, Spain, Argentina, Colombia), written from the shopper's side before any
  // engine change (branch dlg-es8), each step naming its kind (first searches by a Spanish kind word
  // or a use, two products in one add, yes/no about another product with participles and negations,
  // quantities and sizes said the Spanish way): home gym is an English-only import in dollars,
  // tattoo supplies a Spanish catalog in Colombian pesos. Scored once untouched: gym 19/45, tattoo 25/45 (the same on
  // the untouched engine whether the prices are relabelled as pesos or imported with --currency COP).
  // After its work (pesos kept whole, a colour word of the name, 'ocupo', values by an unknown
  // plural option name, 'X para <verbo>', 'desarmada'): 20/45, 29/45.
  {
    name: 'home gym (es)',
    csv: gymEsCsv,
    scripts: GYM_ES_SCRIPTS,
    floor: { es: 20 / 45 },
    setup: insertGymEsPromos,
  },
  {
    name: 'tattoo',
    csv: tattooCsv,
    scripts: TATTOO_SCRIPTS,
    floor: { es: 29 / 45 },
    setup: tattooStoreSetup,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en9), aimed at
  // the three kinds that dominate held-out failures: option values in the shopper's words and
  // sold-out variants, yes/no and figure questions from the product text, store policy questions
  // (each store has a policy text covering some topics and not others). Scored once untouched:
  // lapidary 32/44, soap 39/46; 31/44, 37/46 once a "no" stopped matching "the listing doesn't
  // say". After its work (fractions and units said, Shade options, shade families, the brand one of
  // a list, a part of the focus product, services routed to the policy): 41/44, 42/46.
  {
    name: 'lapidary',
    csv: lapidaryCsv,
    scripts: LAPIDARY_SCRIPTS,
    floor: { en: 41 / 44 },
    setup: insertLapidaryPromos,
    policy: LAPIDARY_POLICY,
  },
  {
    name: 'soap',
    csv: soapCsv,
    scripts: SOAP_SCRIPTS,
    floor: { en: 42 / 46 },
    setup: insertSoapPromos,
    policy: SOAP_POLICY,
  },
  // Spanish only (Mexico, Spain, Argentina, Colombia, Chile), written from the shopper's side before
  // any engine change (branch dlg-es9), each step naming its kind, aimed at the three kinds that
  // dominate held-out misses: option values said in the shopper's words and sold-out variants,
  // yes/no and figure questions answered from the product's text, and store policy questions
  // (each store carries a policy text that covers some topics and not others). bonsai is a Spanish
  // catalog in Mexican pesos, workwear an English-only import in dollars.
  // Scored untouched: bonsai 22/47 (after two script fixes: a size-like option is checked as the
  // line's size, totals of four digits may have no thousands separator), workwear 18/47. After
  // its mechanisms (a Spanish policy said as written, shop services with a pronoun on the verb,
  // Spanish words for English option values and sold-out values refused with what is in stock,
  // 'dame la …' as an order, a named product's figure, purpose verbs in yes/no): 36/47, 37/47.
  {
    name: 'bonsai (es)',
    csv: bonsaiEsCsv,
    scripts: BONSAI_ES_SCRIPTS,
    floor: { es: 36 / 47 },
    setup: bonsaiEsStoreSetup,
    policy: BONSAI_ES_POLICY,
  },
  {
    name: 'workwear (es)',
    csv: workwearEsCsv,
    scripts: WORKWEAR_ES_SCRIPTS,
    floor: { es: 37 / 47 },
    setup: insertWorkwearEsPromos,
    policy: WORKWEAR_ES_POLICY,
  },
  // scooter: an English electric scooter & accessories shop in dollars, written for branch dlg-en10
  // before any engine change, aimed at yes/no polarity from the quoted sentence, figures of the
  // asked kind and a product type named in a question picking that product.
  // Scored untouched: 23/32. After its mechanisms (polarity of barely / mounts for / an age bound
  // with under/over, unit and size words and "how often" asking their figure, a kind named picking
  // the one in the cart, a verb the focus text makes an adjective of asked of the focus): 29/32.
  {
    name: 'scooter',
    csv: scooterCsv,
    scripts: SCOOTER_SCRIPTS,
    floor: { en: 29 / 32 },
    policy: SCOOTER_POLICY,
  },
  // Spanish only (Argentina, voseo), written from the shopper's side before any engine change
  // (branch dlg-es10), each step naming its kind, aimed at held-out misses: store policy questions
  // said around a purchase (card brand, instalments, delivery cost for an amount, bulky surcharge,
  // warranty years, shipping to a town, disposal), services not offered, and yes/no and figure
  // questions from the product text in Spanish. A catalog written in Spanish, sold in ARS.
  // Scored untouched: 20/36. After its mechanisms (payment means, surcharges, warranty length,
  // shipping to where one lives, disposal, services at home, damage on arrival): 28/36.
  {
    name: 'vajilla (es)',
    csv: vajillaEsCsv,
    scripts: VAJILLA_ES_SCRIPTS,
    floor: { es: 28 / 36 },
    setup: vajillaEsStoreSetup,
    policy: VAJILLA_ES_POLICY,
  },
  // Spanish shoppers only (Spain, Argentina, Mexico, Colombia, Chile) on English-only imports in
  // dollars, written before any engine change (branch dlg-es11): roller skating and kites and
  // kiteboarding. Context said before a request, money slang (pavos, lucas, pesos), regional kind
  // words (rulemanes, papalote, barrilete, volantín), diminutives, text without accents.
  // Scored untouched: roller skating 21/33, kites 17/29. After its mechanisms (the vocabulary of
  // these sports, policy spans in months, a rule said with its exception, wind as a figure, an age
  // is no size, the winner of a superlative in focus, a size only one listed product has): 29/33,
  // 27/29.
  {
    name: 'roller skating (es)',
    csv: rollerskateCsv,
    scripts: ROLLERSKATE_SCRIPTS,
    floor: { es: 29 / 33 },
    policy: ROLLERSKATE_POLICY,
  },
  {
    name: 'kites (es)',
    csv: kiteCsv,
    scripts: KITE_SCRIPTS,
    floor: { es: 27 / 29 },
    policy: KITE_POLICY,
  },
  // English only, written from the shopper's side before any engine change (branch dlg-en11),
  // each step naming its kind, aimed at held-out misses: context said before the request, money
  // said loosely, a type word beside another product's title word, category lists leaking
  // neighbours, negations dropping the category, follow-ups after a refused add.
  // Scored untouched: disc golf 17/30, knitting 21/30. After its mechanisms (context before the
  // request, money slang, "anything but X", sold-out values refused before other options, a count
  // said first in an answer, the kind said as the head of a request): 25/30, 28/30. Three disc golf
  // misses expect an add where the product still has an option open (the engine rightly asks).
  {
    name: 'disc golf',
    csv: discGolfCsv,
    scripts: DISC_GOLF_SCRIPTS,
    floor: { en: 25 / 30 },
    policy: DISC_GOLF_POLICY,
  },
  {
    name: 'knitting',
    csv: knittingCsv,
    scripts: KNITTING_SCRIPTS,
    floor: { en: 28 / 30 },
    policy: KNITTING_POLICY,
  },
];

/** Declares the tests of the named sets (each name must exist: a typo would test nothing). */
export function describeDevSets(names: string[]): void {
  const sets = names.map((n) => {
    const set = SETS.find((s) => s.name === n);
    if (!set) throw new Error(`no development set named "${n}"`);
    return set;
  });
  describe.each(sets)(
    'development conversations on a Shopify import: $name',
    ({ name, csv, scripts, floor, setup, policy }) => {
      const t = useTestStore('sqlite');
      for (const language of (['en', 'es'] as const).filter((l) => floor[l] !== undefined)) {
        it(`${language}: scripted steps right`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
          await loadOutdoor(t.store.db, csv());
          await setup?.(t.store.db);
          let steps = 0;
          const misses: string[] = [];
          for (const sc of scripts.filter((s) => s.language === language)) {
            const r = await playScript(t.store.db, sc, policy);
            steps += r.steps;
            misses.push(...r.misses);
          }
          const score = (steps - misses.length) / steps;
          console.info(
            `${name}/${language}: ${steps - misses.length}/${steps} steps right (${(score * 100).toFixed(1)} %)\n${misses.join('\n')}`,
          );
          expect(score).toBeGreaterThanOrEqual(floor[language]!);
        });
      }
    },
  );
}

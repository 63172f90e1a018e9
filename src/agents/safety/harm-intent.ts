/**
 * Harmful intent as an act family near a dangerous-object family, EN and ES, over the folded text
 * (normalize.ts). A new wording of the same intent ("put together a pipe bomb", "a device that
 * explodes when a car starts", "cómo sintetizo anfetamina") has a verb of the family and an object of
 * the family, whatever the words around them; the shop's own uses of the same nouns pass because
 * the object families leave out their shop senses (bath bombs, nail and glue guns, drug stores,
 * weed killer) and because an object alone, or an act alone, is nothing.
 *
 * Families: explosives, illicit firearms, poisons and toxic gases, drug synthesis, drugging a
 * person, lethal doses, violence with concealment, intrusion into another person's accounts or
 * phone, fraud (phishing, counterfeits, stolen cards).
 */
import {
  CLING,
  DRINK,
  DRUG_ACT,
  EXPLOSIVE,
  FIREARM,
  FUEL,
  HOUSEHOLD_HARM,
  HOUSEHOLD_MIX,
  HOW,
  ILLICIT_ARMS,
  KNOCKOUT,
  LETHAL,
  MAKE,
  PILLS,
  POISON,
  POISON_INTENT,
  SYNTH_DRUG,
} from './harm-vocab.ts';
import {
  ACCOUNT_OF_ANOTHER,
  CONCEAL,
  FRAUD_MAKE,
  FRAUD_OBJECT,
  GONE,
  HURT,
  IMPERSONATE,
  INTO_PAYING,
  INTRUDE,
  LOCATE,
  NOT_MINE,
  PERSON,
  PLANT,
  SABOTAGE,
  SPYWARE,
  STOLEN_ACT,
  STOLEN_CARDS,
  STOLEN_MARK,
  TAKE_VEHICLE,
  THEIR_HOME,
  TRICK,
  TRUSTED,
  UNSEEN,
  VANDAL,
  VEHICLE_OF_ANOTHER,
  VICTIM_DEVICE,
  WHEELS,
} from './harm-vocab-people.ts';
import { type PatternRule, rule } from './rules.ts';

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;

/** `a` and `b` within `gap` characters of each other, in either order. */
function near(a: readonly string[], b: readonly string[], gap = 60): RegExp {
  const A = `\\b${alt(a)}\\b`;
  const B = `\\b${alt(b)}\\b`;
  return new RegExp(`${A}.{0,${gap}}${B}|${B}.{0,${gap}}${A}`);
}

/** Both patterns somewhere in the text. */
function both(a: RegExp, b: RegExp): RegExp {
  return new RegExp(`^(?=[\\s\\S]*?(?:${a.source}))(?=[\\s\\S]*?(?:${b.source}))`);
}

export const HARM_INTENT_RULES: readonly PatternRule[] = [
  rule('harm', 'intent-scam', near(TRICK, INTO_PAYING, 40)),
  rule('harm', 'intent-impersonation', near(IMPERSONATE, TRUSTED, 40)),
  rule('harm', 'intent-napalm', near(FUEL, CLING, 50)),
  rule('harm', 'intent-vandalism', both(near(VANDAL, WHEELS, 20), near(WHEELS, UNSEEN, 40))),
  rule('harm', 'intent-locate-person', near(LOCATE, THEIR_HOME, 30)),
  rule('harm', 'intent-take-vehicle', near(TAKE_VEHICLE, NOT_MINE, 50)),
  rule('harm', 'intent-sabotage', near(VEHICLE_OF_ANOTHER, SABOTAGE, 60)),
  rule('harm', 'intent-explosives', near(MAKE, EXPLOSIVE, 50)),
  rule(
    'harm',
    'intent-explosives-how',
    near(HOW, ['device that explodes', 'artefacto explosivo', 'explosivo casero', 'homemade explosive'], 50),
  ),
  rule('harm', 'intent-illicit-firearm', near(FIREARM, ILLICIT_ARMS, 40)),
  rule('harm', 'intent-poison', near(POISON, POISON_INTENT, 50)),
  rule('harm', 'intent-toxic-mix', near(HOUSEHOLD_MIX, HOUSEHOLD_HARM, 50)),
  rule('harm', 'intent-drug-synthesis', near(DRUG_ACT, SYNTH_DRUG, 40)),
  rule(
    'harm',
    'intent-crystal',
    near(
      ['cook\\w*', 'smoke', 'sell\\w*', 'cocin\\w*', 'fum\\w*', 'vend\\w*'],
      [
        'crystal(?! (?:glass\\w*|vase\\w*|clear|beads?|chandelier\\w*|earrings?|bowls?|lab|kit))',
        'cristal(?! de)',
      ],
      25,
    ),
  ),
  rule('harm', 'intent-drugging', near(DRINK, KNOCKOUT, 50)),
  rule('harm', 'intent-lethal-dose', near(PILLS, LETHAL, 50)),
  rule('harm', 'intent-hidden-violence', both(near(HURT, PERSON, 40), near(HURT, CONCEAL, 60))),
  rule('harm', 'intent-violence-gone', both(near(HURT, PERSON, 40), near(HURT, GONE, 50))),
  rule('harm', 'intent-intrusion', near(INTRUDE, ACCOUNT_OF_ANOTHER, 40)),
  rule('harm', 'intent-spyware', near([...PLANT, ...HOW], SPYWARE, 50)),
  rule('harm', 'intent-spyware-target', near(SPYWARE, VICTIM_DEVICE, 40)),
  rule('harm', 'intent-fraud', near(FRAUD_MAKE, FRAUD_OBJECT, 40)),
  rule('harm', 'intent-stolen-cards', near(STOLEN_ACT, STOLEN_CARDS, 40)),
  rule(
    'harm',
    'intent-stolen-mark',
    near(STOLEN_MARK, ['(?:credit )?cards?', 'card numbers', 'tarjetas?', 'numeros de tarjeta\\w*'], 25),
  ),
];

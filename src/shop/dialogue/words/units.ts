/**
 * Units as shoppers say them ("two metres", "cinco libras", "sixty five watt") → the abbreviation
 * catalogs write in option values and titles ("2 m", "5 lb", "65W").
 */
/** Spoken units → the abbreviation size labels use. */
export const UNIT_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries({
    l: 'l litre litres liter liters litro litros',
    m: 'm metre metres meter meters metro metros',
    lb: 'lb lbs pound pounds libra libras',
    w: 'w watt watts vatio vatios',
    ml: 'ml millilitre millilitres milliliter milliliters mililitro mililitros',
    cm: 'cm centimetre centimetres centimeter centimeters centimetro centimetros',
    mm: 'mm millimetre millimetres millimeter millimeters milimetro milimetros',
    in: 'inch inches pulgada pulgadas',
    kg: 'kg kilo kilos kilogram kilograms kilogramo kilogramos',
    g: 'g gram grams gramo gramos',
    oz: 'oz ounce ounces onza onzas',
    v: 'v volt volts voltio voltios',
    ft: 'ft foot feet pie pies',
    yd: 'yd yard yards yarda yardas',
    a: 'amp amps ampere amperes amperio amperios',
    ah: 'ah',
    mah: 'mah',
    qt: 'qt quart quarts',
    gal: 'gal gallon gallons galon galones',
  }).flatMap(([abbr, words]) => words.split(' ').map((w) => [w, abbr])),
);

/** "65w" in a title is the number and its unit, as said: ["65", "w"]. */
export function splitNumberUnit(token: string): string[] {
  const m = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/.exec(token);
  return m && UNIT_WORDS[m[2]!] ? [m[1]!, UNIT_WORDS[m[2]!]!] : [token];
}

/** A spoken unit word right after a number becomes its abbreviation ("65 watt" → "65 w"). */
export function canonicalUnits(tokens: string[]): string[] {
  return tokens.map((t, i) => (i > 0 && /^\d/.test(tokens[i - 1]!) && UNIT_WORDS[t] ? UNIT_WORDS[t]! : t));
}

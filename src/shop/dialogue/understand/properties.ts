/**
 * Yes / no properties any shop's product texts state in their own words: dimmable, for outdoor
 * use, damp or wet rated, safe in enclosed fixtures, machine washable, waterproof, adjustable,
 * rechargeable / cordless, a wide fit, legal for competition, rusting. A shopper asks by a need
 * ("is it fine on a dimmer switch", "can it sit out on the patio", "does it go in the washing
 * machine", "¿se puede usar en el baño?"); the product's text answers by a claim ("Dimmable", "Not rated
 * for enclosed fixtures", "For indoor use only", "Hand wash cold"). Each property has the words
 * that ask it and the text patterns that deny or affirm it; a denial is read first (it is the more
 * specific claim: "not dimmable" also says "dimmable"). Undefined when the text says neither, so
 * the question falls to the word-by-word reading. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { Slots } from '../words/slots.ts';
import { t } from '../words/spoken.ts';
import { isQuestion } from './question.ts';

interface Property {
  name: string;
  asked: RegExp;
  no: RegExp;
  yes: RegExp;
}

const PROPERTIES: Property[] = [
  {
    name: 'dimmable',
    asked:
      /\b(dimm\w*|dim|dims|dimming|regulador\w*|regulable|regular la intensidad|atenuador\w*|dimerizable)\b/,
    no: /\b(not|non)[ -]?dimmable\b|\bnot (for use )?(with|on) (a )?dimmers?\b|\b(does|do) not dim\b|\bcannot be dimmed\b/i,
    yes: /\bdimmable\b|\bdims (smoothly|down)\b|\bworks? (with|on) (most )?(led[ -])?(compatible )?dimmers?\b/i,
  },
  {
    name: 'enclosed',
    asked: /\b(enclosed|closed|sealed|covered|cerrad[oa]s?|plafon\w*|tapad[oa])\b/,
    no: /\bnot (rated|suitable|safe|recommended) (for|in) (fully |totally )?enclosed\b|\bnot for (use in )?enclosed\b/i,
    yes: /\b(safe|rated|suitable|ok|okay|approved) (for|in) (fully |totally )?enclosed\b|\benclosed[- ]fixture[- ](rated|safe)\b/i,
  },
  {
    name: 'damp',
    asked:
      /\b(damp|humid|humidity|steam|steamy|bathroom|shower|sink|moisture|humedad|humed[oa]|vapor|bano|ducha|fregadero)\b/,
    no: /\bdry (locations?|areas?|rooms?|spaces?) only\b|\bdry[- ]rated\b|\bnot (damp|wet)[ -](rated|listed)\b|\bkeep away from (water|moisture)\b/i,
    yes: /\b(damp|wet)[ -](rated|location|locations|listed)\b|\b(bathroom|moisture)[ -](safe|resistant|rated)\b/i,
  },
  {
    name: 'outdoor',
    asked:
      /\b(outside|outdoors?|exterior|deck|patio|porch|garden|yard|balcony|fuera|afuera|terraza|jardin|intemperie|balcon|porche)\b/,
    no: /\bindoors? (use )?only\b|\bfor indoor use( only)?\b|\bindoor[- ]only\b|\bnot (for|suitable for|rated for) outdoor\b|\bdry (locations?|areas?) only\b/i,
    yes: /\boutdoor\b|\bwet[ -](rated|locations?)\b|\bweather(proof|[ -]resistant)\b|\ball[- ]weather\b|\bip6\d\b|\bip4[4-9]\b|\bip5\d\b/i,
  },
  {
    name: 'washable',
    asked:
      /\b(washing machine|washer|machine[ -]?wash\w*|washable|laundry|lavadora|lavable|lavar a maquina|lavarlos|lavarla|lavarlo|lavarlas)\b/,
    no: /\bhand[ -]wash(ed)?( only)?\b|\bdry[ -]clean( only)?\b|\bspot[ -]clean( only)?\b|\bnot machine[ -]washable\b|\bdo not (machine[ -])?wash\b|\bwipe clean( only)?\b|\bno (machine|lavadora)\b/i,
    yes: /\bmachine[ -]wash(able|es|ed)?\b|\bwash (it |them )?(cold|warm) (in the machine|on gentle)\b|\b(goes|go) in the wash(er|ing machine)?\b/i,
  },
  {
    name: 'waterproof',
    asked:
      /\b(waterproof|rain|rainy|drizzle|wet|water[ -]?resistant|splash\w*|impermeable|lluvia|llover|llovizna|mojar\w*|mojad[oa])\b/,
    no: /\bnot (waterproof|water[- ]resistant|weather[- ]sealed|weatherproof)\b|\bkeep (it |them )?dry\b|\bno weather[- ]sealing\b/i,
    // Splash or water resistant is weaker than waterproof: left to the word-by-word reading.
    yes: /\b(waterproof|weather[- ]sealed|weatherproof|rainproof|ipx[5-8]|ip6[5-8])\b/i,
  },
  {
    name: 'adjustable',
    asked: /\b(adjust|adjustable|adjusted|adjusting|ajustar|ajustable|regulable|graduable)\b/,
    no: /\bnon[- ]adjustable\b|\bnot adjustable\b|\bfixed (hosel|height|angle|loft|position)\b|\bcannot be adjusted\b/i,
    yes: /\badjustable\b|\badjusts?\b/i,
  },
  {
    name: 'cordless',
    asked:
      /\b(cordless|rechargeable|recharge|battery powered|batteries|wireless|plug it in|unplugged|recargable|bateria|baterias|sin cable|inalambric[oa])\b/,
    no: /\bplug[- ]in (only|design)\b|\b(corded|hardwired?)\b|\bnot rechargeable\b|\brequires? (an )?outlet\b/i,
    yes: /\b(rechargeable|cordless|battery[- ]powered|wireless)\b/i,
  },
  {
    name: 'wide',
    asked: /\b(wide|wider|extra wide|anch[oa]s?|horma ancha)\b/,
    no: /\b(medium|regular|standard|d) width( only)?\b|\bonly (in|comes in) (a )?(medium|regular|standard) width\b|\bnot (available |offered )?in wide\b/i,
    yes: /\b(wide|extra[- ]wide) (width|fit|sizes?)\b|\bavailable in wide\b/i,
  },
  {
    name: 'legal',
    asked:
      /\b(legal|tournaments?|competition|conforming|sanctioned|reglamentari\w*|torneos?|competicion\w*|legales?)\b/,
    no: /\bnot (legal|conforming|allowed|permitted)\b|\bnon[- ]conforming\b|\billegal\b/i,
    yes: /\b(tournament|competition)[- ](legal|play|approved)\b|\blegal for\b|\b(usga[- ])?conforming\b/i,
  },
  {
    name: 'rust',
    asked: /\b(rust|rusts|rusting|rusty|oxid\w*|corrode|corrosion)\b/,
    no: /\b(rust|corrosion)[- ](proof|resistant|free)\b|\bwon t rust\b|\bwill not rust\b|\bstainless\b/i,
    yes: /\brusts?\b|\brusting\b|\bdevelops? (a )?(rust|patina)\b|\boxidi[sz]es?\b/i,
  },
];

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-Z0-9"])|\n+|\s*[•·]\s*/)
    .map((s) => s.trim().replace(/[.;]$/, ''))
    .filter(Boolean);
}

/** The properties a question asks about, in the order listed. */
export function askedProperties(question: string): string[] {
  return PROPERTIES.filter((p) => p.asked.test(question)).map((p) => p.name);
}

/**
 * Yes or no with the sentence of the product's text that says so, for the first property the
 * question asks whose claim the text makes. Runs on the normalised question.
 */
export function answerProperty(p: ProductInfo, question: string, lang: Language): string | undefined {
  const asked = PROPERTIES.filter((x) => x.asked.test(question));
  if (asked.length === 0) return undefined;
  const texts = [p.description ?? p.summary ?? '', (p.tags ?? []).join(', '), p.name].filter(Boolean);
  const all = texts.flatMap(sentences);
  for (const prop of asked) {
    // Spanish replies quote only the claim: a whole English sentence would outweigh the reply.
    const no = all.find((s) => prop.no.test(s));
    if (no)
      return t(
        lang,
        `No: the description of ${p.name} says "${no}".`,
        `No, según la descripción de ${p.name}, que está en inglés: «${prop.no.exec(no)![0]}».`,
      );
    const yes = all.find((s) => prop.yes.test(s));
    if (yes)
      return t(
        lang,
        `Yes: the description of ${p.name} says "${yes}".`,
        `Sí, según la descripción de ${p.name}, que está en inglés: «${prop.yes.exec(yes)![0]}».`,
      );
  }
  return undefined;
}

/** A product pointed at or named: "can I put it in …", "¿lo puedo meter …?", "are those ok …". */
const POINTED: Record<Language, RegExp> = {
  en: /\b(it|its|they|them|those|these|that one|this one|that|this)\b/,
  es: /\b(lo|la|los|las|le|esa|ese|esas|esos|esta|este|estas|estos)\b/,
};
/** Asking the shop for products ("do you have outdoor ones", "¿tenéis de exterior?") is a search. */
const TO_SHOP: Record<Language, RegExp> = {
  en: /\b(do|does|can) (you|u|y all) (have|sell|carry|stock|got)\b|\b(are|is) there\b|\b(show|find|need|want|looking for)\b/,
  es: /\b(tienes|teneis|tienen|tenes|vendeis|venden|hay|busco|necesito|quiero|ensename|muestrame)\b/,
};

/**
 * "Does it go in the washing machine?", "¿la puedo lavar en la lavadora?", "are those fine somewhere
 * damp?": a question about a product pointed at or named that asks a known property, read as a spec
 * question when no narrower pattern did (the words asked are the property's own).
 */
export function propertyQuestion(raw: string, text: string, lang: Language, slots: Slots): void {
  if (slots.feature || slots.measure || slots.amount || slots.sort) return;
  const asked = PROPERTIES.filter((x) => x.asked.test(text));
  if (asked.length === 0 || !isQuestion(raw, text, lang) || TO_SHOP[lang].test(text)) return;
  if (!POINTED[lang].test(text) && !slots.productNames?.length && !slots.subjectWords?.length) return;
  slots.feature = asked.map((x) => x.name);
}

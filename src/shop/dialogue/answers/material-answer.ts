/**
 * "What's it made of", "what material is the deck": the sentence of the product's own text that
 * says its material ("Made of EPS foam with epoxy resin", "Seven-ply Canadian maple"), quoted.
 * Undefined when the text has no such sentence: the product's details answer then, as before.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';

/** The question asks what a product is made of (English; Spanish is read by its own work). */
export function asksMaterial(text: string, lang: Language): boolean {
  return lang === 'en' && /\bmade (of|from|out of|with)\b|\bwhat (material|materials)\b/.test(text);
}

/** A sentence that states a material: "made of / from", "material", "constructed / crafted / built from". */
const STATES_MATERIAL =
  /\b(made (of|from|out of|with|in)|materials?\b|(constructed|crafted|built|cut|carved|woven|moulded|molded) (of|from|in)|shell of|upper of)/i;

function sentences(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/(?<=[.!?;])\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * Materials goods are commonly made of, for texts that name one without saying "made of"
 * ("Seven-ply Canadian maple with a medium concave"). Generic retail words, no shop's own list.
 */
const MATERIAL_WORD =
  /\b(wood|wooden|maple|oak|beech|birch|bamboo|walnut|cedar|pine|ash|cherry|teak|plywood|aluminium|aluminum|steel|stainless|iron|brass|copper|titanium|metal|plastic|polypropylene|polyethylene|polycarbonate|abs|acrylic|nylon|polyester|cotton|linen|wool|merino|silk|leather|suede|canvas|denim|fleece|neoprene|rubber|silicone|latex|foam|eps|urethane|polyurethane|fiberglass|fibreglass|carbon|kevlar|glass|ceramic|porcelain|stoneware|stone|marble|granite|concrete|paper|cardboard|cork|hemp|jute|bristle|sable|hair)\b/i;

export function answerMaterial(p: ProductInfo, lang: Language): string | undefined {
  const text = p.description ?? p.summary ?? '';
  const all = sentences(text);
  const said = all.find((x) => STATES_MATERIAL.test(x)) ?? all.find((x) => MATERIAL_WORD.test(x));
  if (!said) return undefined;
  const quote = said.replace(/[.;]$/, '');
  return t(
    lang,
    `The description of ${p.name} says: "${quote}".`,
    `La descripción de ${p.name} dice: «${quote}».`,
  );
}

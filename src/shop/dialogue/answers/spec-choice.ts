/**
 * A choice between two named products by a quality: "Meadowlark or Halcyon, which sleeps
 * cooler?", "between the Deep Rest and the Loft, which one feels softer?", "¿la sherpa o la de
 * merino, cuál abriga más?". Each side of the "or" / "between … and" names a product; the quality
 * is the comparative asked ("cooler", "more durable", "más fresca", "abriga más"). The answer
 * names both products and what each one's own text says of the quality: the text calling itself
 * the most of it ("our warmest blanket") beats one saying the plain word ("keeps you warm"); a
 * negated mention ("not warm") does not count. When neither text says it, "I don't know", never
 * a guess. Pure.
 */
import { englishOf } from '../../catalog/retail-vocabulary.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { t } from '../words/spoken.ts';
import { normalize, stem } from '../words/text.ts';
import { clausesOf, negatedAt } from './text-answer.ts';

/** The quality asked: its English base words (what product texts say) and the words as said. */
export interface Quality {
  words: string[];
  said: string;
}

/** "-er" words that are no comparative of a quality. */
const NOT_COMPARATIVE =
  /^(other|another|order|over|under|water|paper|cover|after|never|ever|either|neither|rather|whether|better|number|layer|power|sheer|liner|filter|holder|charger|sticker|cooler bag|river|winter|summer|silver|leather|feather|rubber|copper|super|user|owner|sweater|trainer|sneaker|speaker|player|printer|computer|container|shower|flower|tower|corner|center|centre|fiber|fibre|liter|litre|meter|metre|diameter|timer|dryer|drier|washer|heater|blender|mixer|grinder|toaster|poster|her|per|ner|tier)$/;

/** Spanish qualities said with "más" (adjective or verb), with the English words texts use. */
const QUALITY_ES: [RegExp, string[]][] = [
  [/^(fresc[oa]s?|refresca|refrescan|refrescante)$/, ['cool', 'breathable', 'airy']],
  [/^(calid[oa]s?|calentit[oa]s?|abriga|abrigan|abrigad[oa]s?|calienta|calientan)$/, ['warm', 'insulated']],
  [/^(suaves?|suavecit[oa]s?|bland[oa]s?|blandit[oa]s?|mullid[oa]s?)$/, ['soft', 'plush']],
  [/^(firmes?|dur[oa]s?)$/, ['firm']],
  [/^(liger[oa]s?|livian[oa]s?)$/, ['light', 'lightweight']],
  [/^(resistentes?|duraderos?|duraderas?|aguanta|aguantan|dura|duran)$/, ['durable', 'tough', 'rugged']],
  [/^(silencios[oa]s?)$/, ['quiet', 'silent']],
  [/^(rapid[oa]s?)$/, ['fast', 'quick']],
  [/^(comod[oa]s?)$/, ['comfortable', 'comfort']],
  [/^(absorbentes?|absorbe|absorben)$/, ['absorbent', 'absorbs']],
  [/^(grues[oa]s?)$/, ['thick', 'heavy']],
  [/^(transpirables?)$/, ['breathable', 'airy']],
];

/** Words product texts use for the same quality ("plush" for soft, "airy" for cool). */
const KIN: Record<string, string[]> = {
  cool: ['breathable', 'airy', 'cooling'],
  warm: ['insulated', 'insulating', 'cozy', 'cosy'],
  soft: ['plush', 'pillowy', 'cushy'],
  durable: ['tough', 'rugged', 'sturdy'],
  quiet: ['silent'],
  fast: ['quick'],
  light: ['lightweight'],
};

/** The base word of an English comparative ("cooler" → cool, "hotter" → hot, "larger" → large). */
function basesOf(word: string): string[] {
  if (word.endsWith('ier')) return [`${word.slice(0, -3)}y`];
  const plain = word.slice(0, -2);
  const out = [plain, `${plain}e`];
  if (/(.)\1$/.test(plain)) out.push(plain.slice(0, -1));
  return out;
}

/** The quality a which-question compares by, or undefined ("which one is better" names none). */
export function askedQuality(text: string, lang: Language): Quality | undefined {
  // Words of the two sides name products ("the trail runner"), never the quality.
  const sides = new Set(choiceSides(text, lang)?.flat() ?? []);
  const tokens = text.split(' ').map((w) => (sides.has(w) ? '' : w));
  if (lang === 'es') {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] !== 'mas' && tokens[i] !== 'menos') continue;
      for (const w of [tokens[i + 1], tokens[i - 1]]) {
        if (!w) continue;
        const hit = QUALITY_ES.find(([re]) => re.test(w));
        if (hit) return { words: hit[1], said: `${tokens[i]} ${w}` };
        const english = englishOf(w.replace(/it([oa]s?)$/, '$1'));
        if (english && w === tokens[i + 1]) return { words: [normalize(english)], said: `${tokens[i]} ${w}` };
      }
    }
    return undefined;
  }
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if ((w === 'more' || w === 'less') && tokens[i + 1] && !STOPWORDS.en.has(tokens[i + 1]!))
      return { words: [tokens[i + 1]!], said: `${w} ${tokens[i + 1]}` };
    if (w.length > 4 && /er$/.test(w) && !NOT_COMPARATIVE.test(w)) return { words: basesOf(w), said: w };
  }
  return undefined;
}

/** Words that end a side of the "or": the question itself, pronouns, comparatives. */
const BOUNDARY = /^(which|what|who|cual|cuales|que|one|ones|uno|una|is|are|es|son|so|then|pues|entonces)$/;

/**
 * The two sides of "A or B", "between A and B", "A vs B", "entre A y B", "A o B": up to four
 * words each, articles and "the one" left out ("la de merino" → merino).
 */
export function choiceSides(text: string, lang: Language): [string[], string[]] | undefined {
  const tokens = text.split(' ');
  const stop = STOPWORDS[lang];
  const between = tokens.findIndex((w) => w === 'between' || w === 'entre');
  const conj =
    between >= 0
      ? tokens.findIndex((w, k) => k > between && (w === 'and' || w === 'y'))
      : tokens.findIndex((w) => /^(or|o|vs|versus|against|contra)$/.test(w));
  if (conj <= 0) return undefined;
  const keep = (w: string) => !stop.has(w) && !BOUNDARY.test(w) && !/^(de|del|the|la|el|los|las)$/.test(w);
  const left: string[] = [];
  for (let k = conj - 1; k > between && k >= 0 && left.length < 4; k--) {
    const w = tokens[k]!;
    if (keep(w)) left.unshift(w);
    else if (left.length) break;
  }
  const right: string[] = [];
  for (let k = conj + 1; k < tokens.length && right.length < 4; k++) {
    const w = tokens[k]!;
    if (keep(w)) right.push(w);
    else if (right.length) break;
  }
  return left.length && right.length ? [left, right] : undefined;
}

/** "50mm" is the number and its unit ("the 50" names the 50mm lens). */
const numberApart = (w: string) => (/^\d+(\.\d+)?[a-z]+$/.test(w) ? w.split(/(?<=\d)(?=[a-z])/) : [w]);

/** The product a side names: the one whose name shares the most of its words (ties: those preferred). */
export function productForSide(
  side: string[],
  products: ProductInfo[],
  preferred: readonly string[] = [],
): ProductInfo | undefined {
  const said = side.flatMap(numberApart).map(stem);
  let best: ProductInfo[] = [];
  let most = 0;
  for (const p of new Map(products.map((x) => [x.id, x])).values()) {
    const name = normalize(p.name).split(' ').flatMap(numberApart).map(stem);
    const n = said.filter((w) => name.includes(w)).length;
    if (n > most) {
      most = n;
      best = [p];
    } else if (n === most && n > 0) best.push(p);
  }
  if (best.length === 1) return best[0];
  const liked = best.filter((p) => preferred.includes(p.name));
  return liked.length === 1 ? liked[0] : undefined;
}

interface Evidence {
  score: number;
  quote?: string;
}

/** How strongly a product's own text states the quality: 3 the most of it, 2 more of it, 1 the word. */
function evidence(p: ProductInfo, q: Quality): Evidence {
  const forms = (base: string) => ({
    most: [`${base}est`, `${base.replace(/e$/, '')}est`, `${base.replace(/y$/, 'i')}est`],
    more: [`${base}er`, `${base.replace(/e$/, '')}er`, `${base.replace(/y$/, 'i')}er`],
    plain: [base, ...(KIN[base] ?? [])],
  });
  let best: Evidence = { score: 0 };
  for (const clause of clausesOf(p)) {
    const words = clause.tokens;
    words.forEach((w, i) => {
      for (const base of q.words) {
        const f = forms(base);
        const prev = words[i - 1];
        let score = 0;
        if (f.most.includes(w) || (prev === 'most' && base === w)) score = 3;
        else if (f.more.includes(w) || (prev === 'more' && base === w)) score = 2;
        else if (f.plain.some((k) => k === w || stem(k) === stem(w) || w.split('-').includes(k))) score = 1;
        if (score > best.score && !negatedAt(words, i, i)) best = { score, quote: clause.said };
      }
    });
  }
  return best;
}

/** Whether either product's text says anything of the quality. */
export function eitherSays(a: ProductInfo, b: ProductInfo, q: Quality): boolean {
  return evidence(a, q).score > 0 || evidence(b, q).score > 0;
}

/** The answer, naming both products and what each text says of the quality. */
export function answerChoice(a: ProductInfo, b: ProductInfo, q: Quality, lang: Language): string {
  const ea = evidence(a, q);
  const eb = evidence(b, q);
  const other = (p: ProductInfo, e: Evidence) =>
    e.quote
      ? t(lang, `${p.name}: "${e.quote}".`, `De ${p.name} dice: «${e.quote}».`)
      : t(lang, `${p.name}: its description doesn't say.`, `La de ${p.name} no lo dice.`);
  if (ea.score === 0 && eb.score === 0)
    return t(
      lang,
      `I don't know: neither ${a.name} nor ${b.name} says in its description which is ${q.said}.`,
      `No lo sé: ni la descripción de ${a.name} ni la de ${b.name} dicen cuál es ${q.said}.`,
    );
  if (ea.score === eb.score)
    return `${t(lang, 'Both descriptions say so.', 'Las dos descripciones lo dicen, en inglés.')} ${other(a, ea)} ${other(b, eb)}`;
  const [win, lose] = ea.score > eb.score ? [a, b] : [b, a];
  const [ew, el] = ea.score > eb.score ? [ea, eb] : [eb, ea];
  return `${t(
    lang,
    `Of the two, ${win.name}: its description says "${ew.quote}".`,
    `De los dos, ${win.name}: su descripción, que está en inglés, dice lo siguiente: «${ew.quote}».`,
  )} ${other(lose, el)}`;
}

/**
 * "How much caffeine does it have", "how tall is it", "how many calories": the figure the product's
 * own text puts next to that word ("300 mg caffeine", "height 190 cm", "8 hour battery life"), or
 * "I don't know" when the text gives none. Never guessed.
 */
import { englishOf } from '../../catalog/retail-vocabulary.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';
import { normalize, stem } from '../words/text.ts';
import { asksLeast, dimensionOf, figureFor, rankByDimension } from './attribute-view.ts';

/** Words a text uses for a dimension ("190 cm tall" or "height 190 cm"). */
const SAME: Record<string, string[]> = {
  height: ['height', 'tall', 'high'],
  width: ['width', 'wide'],
  depth: ['depth', 'deep'],
  length: ['length', 'long'],
  battery: ['battery'],
  // A motor's or a jump starter's power is said in watts, amps or horsepower ("2,000 peak amps").
  power: ['power', 'watts', 'amps', 'horsepower', 'hp'],
  // Titles write a camera's resolution as "33MP".
  megapixel: ['megapixel', 'mp'],
};

const NUMBER = /^\d+(\.\d+)?$/;
/** A unit written short ("mm", "kg") or in full ("metres", "pounds": "rated to 100 metres"). */
const UNIT =
  /^([a-z°%]{1,5}|(centi|milli|kilo)?(metres?|meters?|grams?)|inches|pounds|ounces|litres|liters|gallons|minutes|seconds|degrees|metros|litros|gramos|pulgadas|minutos|segundos|grados)$/;

/** The figure next to one of the words in a sentence, as the text says it. */
function figureNear(tokens: string[], words: Set<string>): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!words.has(stem(tokens[i]!))) continue;
    // "Length 5'8", width 21 in": a label right before its figure is read forward, so the figure
    // of the spec before it ("8") is not taken for this one.
    if (NUMBER.test(tokens[i + 1] ?? '')) return forwardFigure(tokens, i, i + 1);
    // "300 mg caffeine", "8 hour battery", "190 cm tall": number (+ unit) right before.
    for (let k = i - 1; k >= Math.max(0, i - 3); k--)
      if (NUMBER.test(tokens[k]!)) return tokens.slice(k, i + 1).join(' ');
    // "height 190 cm", "battery life 40 hours": number (+ unit) right after.
    for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3); k++)
      if (NUMBER.test(tokens[k]!)) return forwardFigure(tokens, i, k);
  }
  return undefined;
}

/** The word at i and the figure at k after it, with its unit ("pearls 7 to 7.5 mm": a range whole). */
function forwardFigure(tokens: string[], i: number, k: number): string {
  const range = /^(to|a|and|y)$/.test(tokens[k + 1] ?? '') && NUMBER.test(tokens[k + 2] ?? '');
  const end = range ? k + 2 : k;
  const unit =
    UNIT.test(tokens[end + 1] ?? '') && !/^(to|a|and|y|or|o)$/.test(tokens[end + 1]!)
      ? ` ${tokens[end + 1]}`
      : '';
  return `${tokens.slice(i, end + 1).join(' ')}${unit}`;
}

/** "thickest" → thick, "widest" → wide, "biggest" → big, "heaviest" → heavy: the forms it may come from. */
function basesOfSuperlative(word: string): string[] {
  if (!word.endsWith('est') || word.length < 6) return [word];
  const b = word.slice(0, -3);
  return [b, `${b}e`, b.replace(/(.)\1$/, '$1'), b.replace(/i$/, 'y')];
}

function wordsFor(noun: string): Set<string> {
  const english = englishOf(noun) ?? noun;
  const forms = basesOfSuperlative(english).flatMap(
    (f) => SAME[f] ?? SAME[stem(f)] ?? Object.values(SAME).find((same) => same.includes(f)) ?? [f],
  );
  return new Set(forms.flatMap((w) => normalize(w).split(' ')).map(stem));
}

/** A quality said in words no text puts next to its figure ("the most light"): its unit's dimension. */
function dimensionFor(noun: string): ReturnType<typeof dimensionOf> {
  const english = englishOf(noun) ?? noun;
  const own = basesOfSuperlative(english).some(
    (f) => SAME[f] || Object.values(SAME).some((s) => s.includes(f)),
  );
  return own ? undefined : (dimensionOf(noun) ?? dimensionOf(english));
}

/** The product text's figure for the word, if it gives one. */
export function amountOf(p: ProductInfo, noun: string, question: string[] = []): string | undefined {
  const dim = dimensionFor(noun);
  const byUnit = dim ? figureFor(p, dim, question) : undefined;
  return byUnit?.text ?? nearWord(p, noun);
}

function nearWord(p: ProductInfo, noun: string): string | undefined {
  const words = wordsFor(noun);
  const text = [p.name, p.description ?? p.summary ?? '', ...Object.values(p.specs ?? {})].join('. ');
  for (const sentence of text.split(/(?<=[.!?;])\s+/)) {
    // "33MP", "700gsm": the figure and its unit written as one word are read apart.
    const tokens = normalize(sentence)
      .split(' ')
      .filter(Boolean)
      .flatMap((w) => (/^\d+(\.\d+)?[a-z]+$/.test(w) ? w.split(/(?<=\d)(?=[a-z])/) : [w]));
    const fig = figureNear(tokens, words);
    if (fig) return fig;
  }
  return undefined;
}

/**
 * "Which one has the longer battery life", "cuál tiene más proteína": the products on screen
 * ranked by the figure their texts give for the word; undefined when fewer than two give one.
 */
export function rankAmount(
  products: ProductInfo[],
  noun: string,
  most: boolean,
  lang: Language,
): string | undefined {
  return rankedBy(products, noun, most)?.text(lang);
}

/** The products ranked by the word's figure: the best one and what to say. */
export function rankedBy(
  products: ProductInfo[],
  noun: string,
  most: boolean,
): { best: ProductInfo; text: (lang: Language) => string } | undefined {
  const dim = dimensionFor(noun);
  const byUnit = dim ? rankByDimension(products, dim, !most) : undefined;
  if (byUnit) {
    const others = byUnit.others.slice(0, 2);
    return {
      best: byUnit.best,
      text: (lang) =>
        others.length === 0
          ? t(
              lang,
              `${byUnit.best.name}: ${byUnit.figure.text}; it is the only one whose description gives that.`,
              `${byUnit.best.name}: ${byUnit.figure.text}; es el único cuya descripción lo indica.`,
            )
          : t(
              lang,
              `${byUnit.best.name}: ${byUnit.figure.text}, against ${others.map((x) => `${x.figure.text} for ${x.p.name}`).join(' and ')}, according to their descriptions.`,
              `${byUnit.best.name}: ${byUnit.figure.text}, frente a ${others.map((x) => `${x.figure.text} de ${x.p.name}`).join(' y ')}, según sus descripciones.`,
            ),
    };
  }
  const ranked = products
    .map((p) => {
      const fig = nearWord(p, noun);
      const raw = fig ? /\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?/.exec(fig)?.[0] : undefined;
      const n = raw ? Number(raw.replace(/,/g, '')) : Number.NaN;
      return { p, fig, n };
    })
    .filter((x) => Number.isFinite(x.n));
  if (ranked.length < 2) return undefined;
  ranked.sort((a, b) => (most ? b.n - a.n : a.n - b.n));
  const [best, ...rest] = ranked;
  const others = (lang: Language) =>
    rest
      .slice(0, 2)
      .map((x) => t(lang, `${x.fig} for ${x.p.name}`, `${x.fig} de ${x.p.name}`))
      .join(t(lang, ' and ', ' y '));
  return {
    best: best!.p,
    text: (lang) =>
      t(
        lang,
        `${best!.p.name}: ${best!.fig}, against ${others(lang)}, according to their descriptions.`,
        `${best!.p.name}: ${best!.fig}, frente a ${others(lang)}, según sus descripciones.`,
      ),
  };
}

export { asksLeast };

export function answerAmount(p: ProductInfo, noun: string, lang: Language): string {
  {
    const fig = amountOf(p, noun);
    if (fig)
      return t(
        lang,
        `${p.name}: ${fig}, according to its description.`,
        `${p.name}: ${fig}, según su descripción.`,
      );
  }
  return t(
    lang,
    `I don't know: the description of ${p.name} doesn't give that.`,
    `No lo sé: la descripción de ${p.name} no lo indica.`,
  );
}

/**
 * "Is the kiln shelf all one piece or does it come in halves?", "¿es de una pieza o se desmonta?":
 * an either-or question names two features, and the text usually speaks to one of them. Asked as
 * one feature, the words of both must meet in one clause and none does; asked one alternative at a
 * time, the first the text answers is the answer (its clause is quoted, so the shopper hears which
 * one it speaks to). Pure; runs on normalised tokens.
 */
const OR = /^(or|o|u)$/;

/** The feature words of each alternative, in the order said; undefined unless both have some. */
export function eitherOrParts(feature: string[], question: string[]): [string[], string[]] | undefined {
  const at = question.findIndex((w) => OR.test(w));
  if (at <= 0) return undefined;
  const before = new Set(question.slice(0, at));
  const after = new Set(question.slice(at + 1));
  const first = feature.filter((w) => before.has(w));
  const second = feature.filter((w) => after.has(w) && !before.has(w));
  return first.length && second.length ? [first, second] : undefined;
}

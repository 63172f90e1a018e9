/**
 * What shipping costs for an order of a given amount ("my order comes to about thirty euros, how
 * much is delivery?", "mi pedido no llega a cuarenta dólares"): the sentence stating the free
 * shipping threshold and the cost below it answers, whatever else the question's words pick
 * (the places, "deliver" in a sentence on recycling). Pure.
 */

/** An amount of money said by the shopper: "30 euros", "$60", "60 dollar order", "treinta dolares". */
const AMOUNT =
  /(?:[$€£]\s?\d+|\b\d+(?:[.,]\d+)?\s?(?:dollars?|bucks|euros?|pounds?|quid|dolares|libras|pesos|usd|eur|gbp|aud)\b)/i;
/** Cost words of a shipping question. */
const COST =
  /\b(how much|what (do|does|will|would) (you|it|they)? ?(charge|cost)|charge|cost|price|fee|pay|cuanto|cobran|cobrais|cuesta|sale|precio|pagar)\b/i;
/** A sentence with a threshold: free from some order amount ("free on orders of $49 or more"). */
const THRESHOLD =
  /\b(free|gratis|gratuito)\b[^.]*\b(orders?|pedidos?|compras?)\b[^.]*(\d)|\b(orders?|pedidos?) (of|over|above|from|de|desde|superiores a)\b[^.]*\b(free|gratis)\b/i;

/** The sentences stating the free-shipping threshold, when the question asks the cost for an amount. */
export function thresholdSentences(sentences: readonly string[], question: string): string[] | undefined {
  if (!AMOUNT.test(question) || !COST.test(question)) return undefined;
  const out = sentences.filter((s) => THRESHOLD.test(s) && /[$€£]|\d/.test(s));
  return out.length ? out : undefined;
}

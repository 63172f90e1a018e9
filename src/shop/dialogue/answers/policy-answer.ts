/**
 * A policy question answered from the sentences of the policy text that say what was asked:
 * "can I return a helmet if I've worn it" → the sentence about worn helmets, "what does it cost to
 * ship a bike to Canada" → the sentence about Canada. A question about a service the text never
 * mentions ("do you do gift wrapping") gets "I don't know" and a person offered, never a guess.
 * Pure.
 */

import { holdsAnswer, questionKind } from '../../../agents/knowledge/index.ts';
import type { Language } from '../../contract.ts';
import { isServiceQuestion } from '../understand/intents-extra.ts';
import { detectLanguage } from '../understand/nlu.ts';
import { TEACHING_EN, TEACHING_ES } from '../understand/policy-questions.ts';
import { questionWords } from '../understand/question.ts';
import { t } from '../words/spoken.ts';
import { normalize } from '../words/text.ts';
import { focusSentences, leadOf, yesNo } from './answer-lead.ts';
import { asksExcepted } from './policy-exception.ts';
import { offeredInstead, WE_DO } from './policy-offer.ts';
import { policyReply } from './policy-reply.ts';
import { thresholdSentences } from './policy-threshold.ts';
import { matches } from './text-answer.ts';

/** Words every policy sentence of a topic shares: they pick no sentence over another. */
const TOPIC_WORD =
  /^(policy|policies|return|returns|returned|refund|ship|shipping|shipped|delivery|deliver|warranty|guarantee|devolver|devolucion|devoluciones|envio|envios|enviar|garantia|politica|store|shop|tienda|order|orders|pedido|pedidos|purchase|compra|item|items|product|products|articulo|producto)$/;

/** Paying in parts, asked in everyday words; said in policies by a plan's name or kind. */
const PAYS_OVER_TIME =
  /\b(over time|installments?|instalments?|few payments|several payments|spread|split (the )?(cost|payment)|bit by bit|little by little|pay (\w+ ){0,2}later|plazos|cuotas|poco a poco|de a poco|por partes|en partes|(pagar|pagarlo|pagarla|pago) (\w+ ){0,2}(mas adelante|mas tarde|despues|a fin de mes))\b/;
const PLAN =
  /\b(afterpay|klarna|affirm|sezzle|pay[- ]in[- ]\d|installments?|instalments?|pay later|financing)\b/i;
/** Teaching asked ("lessons", "clases") is said by any of its names ("taster sessions", "clinics"). */
const TEACHING = new RegExp(`\\b(${TEACHING_EN}|${TEACHING_ES})\\b`, 'i');
/** Getting rid of something, asked in everyday words; said in policies by waste words. */
const DISPOSES =
  /\b(recycle|recycling|dispose of|disposal|reciclar\w*|reciclaje|reciclo|recicla|reciclan|reciclables|desechar\w*|desecho|desecha|desechan|get rid of|throw (\w+ ){0,3}(away|out)|(tiro|tirar|tirarlo|tirarla|tirarlos|tirarlas) (\w+ ){0,3}(basura|contenedor|tacho))\b/;
const WASTE =
  /\b(recycl\w*|recicl\w*|dispos\w*|desech\w*|trash|garbage|rubbish|waste|landfill|basura|residuos|contenedor\w*|punto limpio)\b/i;
/** A topic's own words in a policy sentence. */
const TOPIC_MARK: Record<string, RegExp> = {
  shipping: /\b(ship|ships|shipped|shipping|deliver\w*|dispatch\w*)\b/i,
  returns: /\b(return\w*|refund\w*|exchange\w*|replace\w*)\b/i,
  payment: /\b(pay\w*|accept\w*)\b/i,
  warranty: /\b(warrant\w*|guarantee\w*|covered)\b/i,
};

/**
 * A sentence's words read also as the question splits or joins them: "pick up" asked of a text
 * saying "pickup", "gift wrap" of "giftwrap", "check out" of "checkout", and the other way round.
 */
function compoundsBothWays(tokens: string[], question: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]}${tokens[i + 1]}`);
  for (let i = 0; i + 1 < question.length; i++)
    if (tokens.includes(`${question[i]}${question[i + 1]}`)) out.push(question[i]!, question[i + 1]!);
  return out;
}

/** The sentences that say the most of what was asked; all of them when none says any. */
export function relevantSentences(
  text: string,
  question: string,
  lang: Language,
  /** A service asked of the store ("would you install …") needs a sentence saying most of it. */
  strict = false,
  topic?: string,
): string[] | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const asked = questionWords(question.split(' '), new Set(), lang).filter((w) => !TOPIC_WORD.test(w));
  const plan = PAYS_OVER_TIME.test(question);
  const disposal = DISPOSES.test(question);
  const teaching = TEACHING.test(question);
  const scored = sentences.map((s) => {
    const tokens = compoundsBothWays(normalize(s).split(' '), normalize(question).split(' '));
    const said = asked.filter((w) => tokens.some((x) => matches(w, x, lang))).length;
    // "Pay over time" is said by a plan's name ("Afterpay", "pay-in-4"); a topic's own word
    // ("ship" for when orders go out) picks between sentences that say as much.
    const bonus =
      (plan && PLAN.test(s) ? 2 : 0) +
      (disposal && WASTE.test(s) ? 2 : 0) +
      (teaching && TEACHING.test(s) ? 2 : 0) +
      (topic && TOPIC_MARK[topic]?.test(s) ? 0.5 : 0);
    return { s, said, score: said + bonus };
  });
  const top = Math.max(0, ...scored.map((x) => x.score));
  if (top < 1) return undefined;
  // "Can you adjust the brakes for me?": of the sentences saying as much, the shop's offer.
  const best = scored.filter((x) => x.score === top);
  if (strict && best.some((x) => WE_DO.test(x.s)) && top >= Math.ceil(asked.length / 2))
    return best.filter((x) => WE_DO.test(x.s)).map((x) => x.s);
  if (strict && top < Math.ceil(asked.length / 2)) {
    // "Can you shorten the seat post for me?": the shop saying it does the thing ("we cut a seat
    // post to length…") over a rule naming the same thing ("a seat post that has been cut…").
    const offered = scored.filter((x) => x.said >= 2 && x.score === top && WE_DO.test(x.s));
    return offered.length ? offered.map((x) => x.s) : undefined;
  }
  return scored.filter((x) => x.score === top).map((x) => x.s);
}

/** The focused sentences, plus any sentence that alone says a word of the question (≥ 4 letters, not a topic word). */
function withOnlySayer(text: string, question: string, focused: string[], lang: Language): string[] {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const out = [...focused];
  for (const w of new Set(normalize(question).split(' '))) {
    if (w.length < 4 || TOPIC_WORD.test(w)) continue;
    // In any form the text says it ("the gasket" of "Gaskets … carry no warranty").
    const sayers = sentences.filter((s) =>
      normalize(s)
        .split(' ')
        .some((x) => x === w || (x.length >= 4 && matches(w, x, lang))),
    );
    if (sayers.length === 1 && !out.includes(sayers[0]!)) out.push(sayers[0]!);
  }
  // In the text's own order.
  return sentences.filter((s) => out.includes(s));
}

const NEGATIVE = /\b(cannot|can't|can not|not|non-?refundable|never|no)\b/i;

/**
 * An exception said with the rule it excepts: "can I return the kite if I don't like it?" picks
 * "Kites that have been flown cannot be returned" by its noun, but an unflown kite falls under
 * "Unused items can be returned within 14 days": when every sentence picked for a topic is a
 * restriction, the topic's positive sentences that carry a figure are said too, in text order.
 */
function withTheRule(text: string, topic: string, focused: string[]): string[] {
  const mark = TOPIC_MARK[topic];
  if (!mark || !focused.every((s) => NEGATIVE.test(s))) return focused;
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const rules = sentences.filter(
    (s) => mark.test(s) && /\d/.test(s) && !NEGATIVE.test(s) && !focused.includes(s),
  );
  if (rules.length === 0) return focused;
  return sentences.filter((s) => focused.includes(s) || rules.includes(s));
}

export type PolicyAnswer = { text: string } | { human: true };

/**
 * The shop's premises say where, not what ("parking at the Leeds shop", "frente al taller de
 * Leeds"): like a town's name, sharing one says nothing of the service asked.
 */
const PREMISES =
  /^(shop|shops|store|stores|workshop|warehouse|premises|showroom|tienda|tiendas|taller|talleres|local|almacen|nave)$/;

/** Words the policy text writes capitalised inside a sentence: the names of its places and brands. */
function namesIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<=[\p{Ll},;] )\p{Lu}\p{L}+/gu)].map((m) => normalize(m[0])));
}

/** The question's words a sentence says are all names of the text (a place, a brand), none else. */
function sharesOnlyNames(sentence: string, text: string, question: string, lang: Language): boolean {
  const asked = questionWords(question.split(' '), new Set(), lang).filter(
    (w) => !TOPIC_WORD.test(w) && !PREMISES.test(w),
  );
  const tokens = normalize(sentence).split(' ');
  const shared = asked.filter((w) => tokens.some((x) => matches(w, x, lang)));
  const names = namesIn(text);
  // Where a thing is sent is asked by the place's name ("do you post to New Zealand?").
  if (SENDS.test(question)) return false;
  return shared.length > 0 && shared.every((w) => names.has(w));
}

const SENDS = /\b(ship|send|post|mail|deliver|envi|mand|lleg)\w*/;

/** The text's own sentence holding `found` (the search's best sentence, headings aside). */
function sentenceOf(text: string, found: string): string | undefined {
  const want = normalize(found);
  if (!want) return undefined;
  // Cut as relevantSentences cuts, so the rule and only-sayer steps find it among theirs.
  return text.split(/(?<=[.!?])\s+/).find((s) => {
    const own = normalize(s);
    return own === want || own.endsWith(want) || want.endsWith(own);
  });
}

/** The answer to a policy question from the policy text get_policy returned (null when it had none). */
export function policyAnswer(
  policyText: string | undefined,
  topic: string,
  said: string,
  lang: Language,
  /**
   * The sentence of the policy text the knowledge search found saying most of the question (it
   * reads a Spanish question in English, and words by their meanings): the answer when the
   * question's own words pick none, and for a Spanish question of an English text, whose words
   * the text never shares.
   */
  found?: string,
): PolicyAnswer {
  // A card network by its short name is the one the text spells out ("Amex" → "American Express").
  const question = said.replace(/\bamex\b/g, 'american express');
  const service = isServiceQuestion(question) || topic === 'other';
  let focused = policyText ? relevantSentences(policyText, question, lang, service, topic) : undefined;
  // A service the text never names is not answered by sentences sharing only where the shop is.
  if (service && focused?.every((x) => sharesOnlyNames(x, policyText!, question, lang))) focused = undefined;
  // "How long …", "how much …": the sentences that hold a duration or a price say it.
  const kind = questionKind(question);
  const figureKind = kind === 'price' || kind === 'duration' || kind === 'count';
  let byKind: string[] | undefined;
  if (policyText && !service && figureKind) {
    byKind = focusSentences(policyText, question)?.filter((x) => holdsAnswer(kind, x));
    if (byKind?.length) focused = byKind;
  }
  const picked = policyText && found ? sentenceOf(policyText, found) : undefined;
  // A service the text never names is not answered by the sentence naming the town asked about
  // ("is there parking at the Leeds shop?" of "orders ship from our workshop in Leeds").
  const named =
    picked && service && sharesOnlyNames(picked, policyText!, question, lang) ? undefined : picked;
  // A service question finding the rule that names the service hears the shop's offer of it.
  const sentence =
    named && service
      ? (offeredInstead(named, policyText!.split(/(?<=[.!?])\s+/), question, lang) ?? named)
      : named;
  // The search's sentence never narrows the sentences that hold the figure asked ("¿cuánto tarda el
  // envío?": the days it takes beside the cut-off hour) to itself, nor overrules them without one.
  const keepsFigure =
    !!byKind?.length &&
    !!sentence &&
    (!holdsAnswer(kind, sentence) || byKind.some((x) => normalize(x) === normalize(sentence)));
  if (sentence && !keepsFigure && (!focused || (lang === 'es' && detectLanguage(policyText!, 'en') !== 'es')))
    focused = [sentence];
  // A word of the question only one sentence says ("Discover") is what that sentence answers.
  // (Not beside the shop's offer of the service asked: a rule naming its object adds nothing.)
  if (policyText && focused && !(service && focused.every((x) => WE_DO.test(x))))
    focused = withOnlySayer(policyText, question, focused, lang);
  // "My order comes to about thirty euros, how much is delivery?": the threshold sentence.
  const threshold =
    policyText && topic === 'shipping'
      ? thresholdSentences(policyText.split(/(?<=[.!?])\s+/), said)
      : undefined;
  if (threshold) focused = threshold;
  if (focused) {
    const withRule = policyText ? withTheRule(policyText, topic, focused) : focused;
    // "Yes" / "No" first when the sentences say it ("we do not accept Discover"); not when the
    // rule and its exception are both said (the answer depends on which one the shopper is in).
    // "Can you ship saffron to Toronto?" of "We ship to Canada …, except vanilla beans and saffron".
    const lead =
      withRule === focused
        ? leadOf(asksExcepted(question, focused, lang) ? 'no' : yesNo(question, focused), lang)
        : '';
    return { text: `${lead}${policyReply(withRule.join(' '), topic, lang, true)}` };
  }
  if (policyText && !service) return { text: policyReply(policyText, topic, lang) };
  if (service)
    return {
      text: t(
        lang,
        "I don't know: the store's information doesn't say. If you like, I can pass you to a person who can tell you.",
        'No lo sé: la información de la tienda no lo dice. Si quieres, te paso con una persona que te lo pueda decir.',
      ),
    };
  return { human: true };
}

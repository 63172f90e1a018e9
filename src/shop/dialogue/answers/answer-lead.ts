/**
 * What a store-information answer says first, by the kind of question (agents/knowledge
 * question-kind.ts): the sentences of a passage that hold the fact asked ("how long" → the one
 * with a duration, "how much" → the one with a price), and for a yes/no question a "Yes" or "No"
 * when the sentences say it — a negation ("we do not accept Discover"), or a condition the
 * shopper said is not met ("only if the pack is unopened" after "I opened a pack"). A condition
 * otherwise ("only", "unless", "except") gets no lead, and "Yes" needs the sentences to say every
 * word asked: otherwise the sentence is said as it is. Pure.
 */
import { concepts, holdsAnswer, questionKind, strength } from '../../../agents/knowledge/index.ts';
import type { Language } from '../../contract.ts';
import { normalize } from '../words/text.ts';

/** A paragraph this short, of at most this many sentences, says one thing and is said whole. */
const SHORT_PARAGRAPH_CHARS = 200;
const SHORT_PARAGRAPH_SENTENCES = 2;

/**
 * The parts of a text an answer can say: its sentences, or with `paragraphs` a short paragraph
 * whole — its second sentence often finishes the first ("Road salt eats the chain. After salty
 * rides, rinse the bike."; "… a light smell for the first few days. This is harmless and fades
 * within a week.").
 */
function partsOf(text: string, paragraphs: boolean): string[] {
  const sentencesOf = (t: string) => t.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!paragraphs) return lines.flatMap(sentencesOf);
  // A table or a list (lines that are not sentences) is read as running text, sentence by sentence.
  if (lines.some((l) => !/[.!?:;)"»]$/.test(l))) return sentencesOf(lines.join(' '));
  return lines.flatMap((p) => {
    const sentences = sentencesOf(p);
    const short = p.length <= SHORT_PARAGRAPH_CHARS && sentences.length <= SHORT_PARAGRAPH_SENTENCES;
    return short ? [sentences.join(' ')] : sentences;
  });
}

/**
 * The sentences of a text that say most of the question, preferring those with the fact asked;
 * with `paragraphs`, a short paragraph counts as one sentence (partsOf).
 */
export function focusSentences(
  text: string,
  question: string,
  opts: { paragraphs?: boolean } = {},
): string[] | undefined {
  const parts = partsOf(text, opts.paragraphs ?? false);
  const asked = concepts(question);
  if (asked.length === 0) return undefined;
  const kind = questionKind(question);
  const scored = parts.map((s) => {
    const said = asked.reduce((a, c) => a + strength(c, s), 0);
    return { s, score: said > 0 ? said + (holdsAnswer(kind, s) ? 0.5 : 0) : 0 };
  });
  const top = Math.max(0, ...scored.map((x) => x.score));
  if (top === 0) return undefined;
  return scored.filter((x) => x.score === top).map((x) => x.s);
}

const NEGATION =
  /\b(not|cannot|can t|don t|doesn t|won t|isn t|aren t|never|no|barely|hardly)\b|\b(sold separately|se vende aparte|apenas)\b|\b(no se|no (podemos|enviamos|aceptamos|instalamos|hacemos|vendemos|cubre|cubrimos|admitimos|entregamos|recogemos|devolvemos))\b|\bnunca\b/;
const CONDITION = /\b(only|unless|except|excluding|solo|salvo|excepto|menos|siempre que)\b/;
/** A state the shopper says of the item, and the state a condition asks for instead. */
const STATES: [RegExp, RegExp][] = [
  [
    /\b(opened|open|abri|abierto|abierta|abiertos|abiertas)\b/,
    /\b(unopened|sealed|sin abrir|cerrado|precintado)\b/,
  ],
  [
    /\b(used|wore|worn|usado|usada|usados|puse|llevado)\b/,
    /\b(unused|unworn|new|sin usar|nuevo|sin estrenar)\b/,
  ],
  [/\b(washed|lavado|lave)\b/, /\b(unwashed|sin lavar)\b/],
  [/\b(installed|hardwired|instalado|instalada|montado)\b/, /\b(uninstalled|sin instalar|sin montar)\b/],
];

/** "Yes" or "No" for a yes/no question answered by these sentences (English or Spanish); undefined: neither. */
export function yesNo(question: string, sentences: readonly string[]): 'yes' | 'no' | undefined {
  if (questionKind(question) !== 'yesno' || sentences.length === 0) return undefined;
  const q = normalize(question);
  const said = sentences.map((s) => normalize(s));
  // "I opened a pack … can I send it back?" over "… only if the pack is unopened".
  if (STATES.some(([state, needed]) => state.test(q) && said.some((s) => needed.test(s)))) return 'no';
  if (said.every((s) => NEGATION.test(s))) return 'no';
  if (said.some((s) => NEGATION.test(s) || CONDITION.test(s))) return undefined;
  // "Yes" only when the sentences say everything asked: a passage about the bread's freshness
  // does not say the bread is safe for a nut allergy.
  const all = sentences.join(' ');
  return concepts(question).every((c) => strength(c, all) > 0) ? 'yes' : undefined;
}

/** The lead said before the answer ("Yes. " / "No. "), in the shopper's language; empty when none. */
export function leadOf(answer: 'yes' | 'no' | undefined, lang: Language): string {
  if (!answer) return '';
  if (lang === 'es') return answer === 'yes' ? 'Sí. ' : 'No. ';
  return answer === 'yes' ? 'Yes. ' : 'No. ';
}

/**
 * Which part of a question about a product is its subject and which is what is asked: "would that
 * one be fine next to the pool" asks about the product in focus, not a product called "Pool";
 * "and the K2 one, does that need a paddle" asks about the K2, not a paddle; "does the blue one
 * float" asks about the product seen whose name says blue. Product names the catalog read only
 * in the asked part are dropped (their words become what is asked); a subject said by a describing
 * word ("the blue one", "that heater", "la de madera") is kept for the decision to resolve among
 * the products already seen. Pure.
 */
import { ENGLISH_AUXILIARIES } from '../../../lang/english-auxiliaries.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { DialogueState } from '../state.ts';
import type { Slots } from '../words/slots.ts';
import { normalize, stem } from '../words/text.ts';

const AUX_EN = new Set(ENGLISH_AUXILIARIES);
const PRONOUN_EN = new Set(['it', 'that', 'this', 'they', 'those', 'these', 'them']);
const DEMONSTRATIVE_EN = new Set(['that', 'this', 'those', 'these', 'the']);
const PRONOUN_ES = new Set(['esa', 'ese', 'esas', 'esos', 'esta', 'este', 'estas', 'estos', 'eso', 'esto']);
const ARTICLE_ES = new Set(['el', 'la', 'los', 'las']);
const LEAD_ES = new Set(['y', 'pero', 'vale', 'oye', 'entonces', 'bueno', 'pues']);

export interface QuestionSubject {
  /** Token positions of the subject (before them: a lead-in; after them: what is asked). */
  start: number;
  end: number;
  /** The subject is a bare pronoun ("it", "that one", "esa"). */
  pronoun: boolean;
  /** Describing words of the subject ("blue" of "the blue one", "heater" of "that heater"). */
  describing: string[];
}

function english(tokens: string[]): QuestionSubject | undefined {
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!AUX_EN.has(tokens[i]!)) continue;
    // "Can I use it …", "will they fit my car": "I" / "you" asks with the subject later; skipped.
    const k = i + 1;
    const w = tokens[k]!;
    if (PRONOUN_EN.has(w) && !(w === 'that' && DEMONSTRATIVE_EN.has(w) && isKindWord(tokens[k + 1]))) {
      const end = /^(one|ones)$/.test(tokens[k + 1] ?? '') ? k + 1 : k;
      // "The touring ones, how many people do they hold": the lead-in says which.
      const lead = /^(?:and |so |ok |now )?(?:the|that|those) ((?:\w+ ){1,3}?)(?:one|ones)\b/.exec(
        tokens.slice(0, i).join(' '),
      );
      const describing = lead ? lead[1]!.trim().split(' ') : [];
      return { start: k, end, pronoun: describing.length === 0, describing };
    }
    if (!DEMONSTRATIVE_EN.has(w)) continue;
    // "the colour one", "the GU10s", "that switch": up to three words, ending at "one(s)" if said.
    const upTo = Math.min(tokens.length - 1, k + 4);
    let end = -1;
    for (let j = k + 1; j <= upTo; j++)
      if (/^(one|ones)$/.test(tokens[j]!)) {
        end = j;
        break;
      }
    // Else the noun phrase runs to the verb or preposition after it ("the 2-person X have …").
    if (end < 0) {
      end = k + 1;
      while (end + 1 < Math.min(tokens.length, k + 5) && !ENDS_SUBJECT.test(tokens[end + 1]!)) end++;
    }
    const describing = tokens.slice(k + 1, /^(one|ones)$/.test(tokens[end]!) ? end : end + 1);
    // "What is the second one about": a place in the list, read by the ordinal slots.
    if (describing.some((x) => ORDINAL.test(x))) return undefined;
    // "Is the handle on that one wood": a part of the product pointed at, not another product.
    const pointed = describing.some((x) => PRONOUN_EN.has(x));
    // "The wool throws" is a kind; "the blue one", "the K2s", "that heater" single a product out.
    const singles = w !== 'the' || /^(one|ones)$/.test(tokens[end]!) || describing.some((x) => /\d/.test(x));
    return { start: k, end, pronoun: pointed, describing: pointed || !singles ? [] : describing };
  }
  return undefined;
}

const ORDINAL = /^(first|second|third|fourth|fifth|last|next|other|previous|1st|2nd|3rd|4th|5th)$/;

/** Words that end a subject noun phrase: verbs, prepositions, adjectives asked about. */
const ENDS_SUBJECT =
  /^(have|has|had|need|needs|work|works|come|comes|fit|fits|do|does|go|goes|take|takes|run|runs|use|uses|hold|holds|include|includes|support|supports|show|shows|handle|handles|make|makes|get|gets|stay|stays|last|lasts|charge|charges|be|feel|feels|look|looks|weigh|weighs|cost|costs|require|requires|connect|connects|play|plays|available|in|on|at|for|with|to|of|from|inside|outside|along|over|under|into|by|as|any|a|an|really|still|also|actually|ok|okay|good|safe|waterproof|compatible)$/;

/** Not a noun a demonstrative can stand before ("that be ok", "that need"): then "that" is the pronoun. */
function isKindWord(w: string | undefined): boolean {
  return (
    !!w && w.length > 2 && !AUX_EN.has(w) && !/^(be|need|needs|work|works|go|come|fit|have|one|ones)$/.test(w)
  );
}

function spanish(tokens: string[]): QuestionSubject | undefined {
  let k = 0;
  while (LEAD_ES.has(tokens[k] ?? '')) k++;
  const w = tokens[k];
  if (!w) return undefined;
  if (PRONOUN_ES.has(w)) {
    // "ese interruptor …": a demonstrative and a kind; "esa se puede …": the pronoun alone.
    const next = tokens[k + 1] ?? '';
    if (next.length > 3 && !/^(se|es|son|va|tiene|lleva|necesita|funciona|sirve|viene|puede)$/.test(next))
      return { start: k, end: k + 1, pronoun: false, describing: [next] };
    return { start: k, end: k, pronoun: true, describing: [] };
  }
  // "los K2 flotan …": a model said after its article.
  if (ARTICLE_ES.has(w) && /\d/.test(tokens[k + 1] ?? ''))
    return { start: k, end: k + 1, pronoun: false, describing: [tokens[k + 1]!] };
  // "la de colores …", "el de arquitecto …": a product said by a describing word.
  if (ARTICLE_ES.has(w) && tokens[k + 1] === 'de' && tokens[k + 2])
    return { start: k, end: k + 2, pronoun: false, describing: [tokens[k + 2]!] };
  return undefined;
}

export function questionSubject(tokens: string[], lang: Language): QuestionSubject | undefined {
  return lang === 'es' ? spanish(tokens) : english(tokens);
}

/** Positions of a name's words in the utterance (any word of the title, as said). */
function positionsOf(name: string, tokens: string[]): number[] {
  const words = new Set(normalize(name).split(' ').map(stem));
  return tokens.flatMap((w, i) => (words.has(stem(w)) && !FILLER.has(w) ? [i] : []));
}

/**
 * Drops the product names read only in what is asked, and notes a subject said by a describing
 * word. Names in the subject or before it (a lead-in: "and the K2 one, does that …") stay.
 */
export function placeSubject(
  tokens: string[],
  lang: Language,
  slots: Slots,
  nameWords: Set<number>,
): () => void {
  const subject = questionSubject(tokens, lang);
  const names = slots.productNames;
  const words = new Set(nameWords);
  // Undone unless the utterance is read as a question about a product after all.
  const undo = () => {
    // "I have a big dog though, does the blue one hold 2": what is asked follows the subject.
    if (subject && slots.feature) {
      const after = new Set(tokens.slice(subject.end + 1));
      // A thing set beside the product as the subject ("is the fridge the best place") stays asked.
      const asked = slots.feature.filter((w) => after.has(w) || slots.besideFeature?.includes(w));
      if (asked.length) slots.feature = asked;
    }
    if (slots.feature || slots.measure || slots.amount) return;
    if (names) slots.productNames = names;
    for (const i of words) nameWords.add(i);
    delete slots.subjectWords;
  };
  if (!subject) return undo;
  const inSubject = (i: number) => i <= subject.end;
  const kept = (names ?? []).filter((n) => positionsOf(n, tokens).some(inSubject));
  if (names?.length && kept.length === names.length) return undo;
  if (kept.length) {
    slots.productNames = kept;
    return undo;
  }
  // "How long does the battery last in the <named> one": a part as subject keeps the name said later.
  if (names?.length && !subject.pronoun && subject.describing.length === 0) return undo;
  if (names?.length) {
    delete slots.productNames;
    for (const i of [...nameWords]) if (!inSubject(i)) nameWords.delete(i);
  }
  const describing = subject.describing.filter((w) => w.length > 2 && !FILLER.has(w));
  if (!subject.pronoun && describing.length) slots.subjectWords = describing;
  return undo;
}

const FILLER = new Set([
  'that',
  'this',
  'those',
  'these',
  'the',
  'one',
  'ones',
  'and',
  'for',
  'with',
  'del',
  'los',
  'las',
]);

/** The one product seen whose name or kind says the subject's describing words ("blue" → "… Blue Touring Kayak"). */
export function describedSubject(s: Slots, state: DialogueState): ProductInfo | undefined {
  const said = (s.subjectWords ?? []).map((w) => stem(normalize(w)));
  if (said.length === 0 || s.productNames?.length) return undefined;
  const seen = new Map<string, ProductInfo>();
  const order = [
    ...(state.focus ? [state.focus] : []),
    ...state.lastResults,
    ...[...(state.recent ?? [])].reverse().map((id) => state.known.get(id)),
    ...state.known.values(),
  ];
  for (const p of order) if (p && !seen.has(p.id)) seen.set(p.id, state.known.get(p.id) ?? p);
  const fits = (p: ProductInfo) => {
    const own = new Set(
      normalize(`${p.name} ${p.category ?? ''}`)
        .split(' ')
        .map(stem),
    );
    return said.every((w) => own.has(w) || own.has(w.replace(/s$/, '')) || own.has(w.replace(/or$/, 'our')));
  };
  const hits = [...seen.values()].filter(fits);
  // The first in the order (the focus, then the list shown) when several fit.
  return hits[0];
}

/**
 * A subject said by a catalog word no product seen carries ("the K2 one" before any K2 was shown):
 * looked up by that word once.
 */
export function subjectLookup(
  s: Slots,
  state: DialogueState,
  searched: boolean,
): { query: string } | undefined {
  if (searched || !s.subjectWords?.length || s.productNames?.length) return undefined;
  const catalog = new Set((s.attributes ?? []).flatMap((a) => normalize(a).split(' ')).map(stem));
  const words = s.subjectWords.map((w) => stem(normalize(w)));
  if (!words.every((w) => catalog.has(w) || catalog.has(w.replace(/s$/, '')))) return undefined;
  if (describedSubject(s, state)) return undefined;
  return { query: s.subjectWords.join(' ') };
}

/**
 * "How long is the paddle on the K2?": a word of the utterance (a model number, a name word) that
 * only one product seen carries in its title names that product.
 */
export function shortNameSubject(text: string, state: DialogueState, slots: Slots): ProductInfo | undefined {
  // Words the catalog read as a kind, a brand or a tag describe many products, not one.
  const kinds = new Set(
    [slots.category, slots.brand, ...(slots.attributes ?? [])]
      .filter((x): x is string => !!x)
      .flatMap((x) => normalize(x).split(' ')),
  );
  const seen = [...new Map([...state.lastResults, ...state.known.values()].map((p) => [p.id, p])).values()];
  if (seen.length === 0) return undefined;
  const titles = seen.map((p) => new Set(normalize(p.name).split(' ')));
  // A product the catalog read by name and not seen yet shares its words: "the wave mini" when
  // only the Wave Max was shown names the Mini (looked up), never the Max.
  const seenNames = new Set(seen.map((p) => p.name));
  const named = (slots.productNames ?? [])
    .filter((n) => !seenNames.has(n))
    .map((n) => new Set(normalize(n).split(' ')));
  const all = [...titles, ...named];
  const words = normalize(text)
    .split(' ')
    .filter((w) => w.length >= 2 && !FILLER.has(w) && !kinds.has(w) && (/\d/.test(w) || w.length > 3));
  let best: { p: ProductInfo; n: number } | undefined;
  seen.forEach((p, i) => {
    const n = words.filter((w) => titles[i]!.has(w) && all.filter((t) => t.has(w)).length === 1).length;
    if (n > 0 && (!best || n > best.n)) best = { p, n };
  });
  return best?.p;
}

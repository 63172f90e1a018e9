/**
 * The engine as a pure function: prompt (+ offered tools) → the next action. Everything it knows
 * comes from the prompt and the catalog vocabulary; calling it twice with the same input gives
 * the same answer.
 */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { SpanishEnglishDictionary } from '../catalog/apertium.ts';
import { fold } from '../catalog/text.ts';
import type { CatalogVocabulary, Language } from '../contract.ts';
import { memoryOf } from './memory.ts';
import { withCatalogWords } from './spanish/es-catalog-words.ts';
import { englishReadsMore } from './spanish/reading-choice.ts';
import { isDeadEnd, secondReading } from './spanish/second-reading.ts';
import type { Translator } from './spanish/translate.ts';
import { languageHint, stateOf, type Turn, turnsOf } from './state.ts';
import { changesMind } from './steps/corrections.ts';
import { type Action, type Awaiting, type DecideInput, decide } from './steps/decide.ts';
import { specFollowUp } from './steps/spec-follow-up.ts';
import { addNamedIn } from './understand/add-named.ts';
import { detectLanguage, type Understanding, understand } from './understand/nlu.ts';
import { STOPWORDS } from './words/lexicon.ts';
import { compiled, languageWords } from './words/vocab.ts';

export type VocabularySource = (language: Language) => CatalogVocabulary | Promise<CatalogVocabulary>;

export interface EngineInput {
  prompt: LanguageModelV4Prompt;
  tools?: Set<string>;
  vocabulary: VocabularySource;
  defaultLanguage?: Language;
  maxSteps?: number;
  /** Spanish → English translation for a second reading of Spanish the Spanish parse cannot place. */
  translator?: Translator;
  /** Spanish → English words, for a Spanish shopper's word for what the catalog sells (es-catalog-words.ts). */
  dictionary?: SpanishEnglishDictionary;
  signal?: AbortSignal;
}

export interface EngineResult {
  action: Action;
  nlu?: Understanding;
  language: Language;
  /** 1-based index of the user turn being answered and the step within it (for stable call ids). */
  turn: number;
  step: number;
}

/** How many earlier turns are replayed to recover an open question (a question about a question). */
const AWAITING_DEPTH = 2;

export async function runEngine(input: EngineInput): Promise<EngineResult> {
  const { system, turns } = turnsOf(input.prompt);
  const sessionLanguage =
    languageHint(system) ??
    (system.trim() ? detectLanguage(system, input.defaultLanguage ?? 'en') : (input.defaultLanguage ?? 'en'));
  const current = turns.at(-1);
  if (!current?.user) {
    // The shop's name comes from the instructions' `Shop:` line (services/llm/profiles.ts).
    const shop = /^(?:shop|tienda)\s*:\s*(.+)$/im.exec(system)?.[1]?.trim();
    const text =
      sessionLanguage === 'es'
        ? `¡Hola! ${shop ? `Bienvenido a ${shop}. ` : ''}Soy tu asistente de compras. ¿Qué buscas hoy?`
        : `Hi! ${shop ? `Welcome to ${shop}. ` : ''}I'm your shopping assistant. What are you looking for today?`;
    return { action: { kind: 'text', text }, language: sessionLanguage, turn: turns.length, step: 0 };
  }
  const ctx = { input, sessionLanguage, system };
  const { action, nlu } = await analyse(ctx, turns, AWAITING_DEPTH);
  return { action, nlu, language: nlu.language, turn: turns.length, step: current.steps };
}

interface Ctx {
  input: EngineInput;
  sessionLanguage: Language;
  system: string;
}

async function analyse(
  ctx: Ctx,
  turns: Turn[],
  depth: number,
): Promise<{ action: Action; nlu: Understanding }> {
  const current = turns.at(-1)!;
  const previous = turns.slice(0, -1);
  // The language of earlier turns carries over when an utterance gives no clue ("nine").
  const [en, es] = await Promise.all([ctx.input.vocabulary('en'), ctx.input.vocabulary('es')]);
  const vocabs = { en: compiled(en), es: compiled(es) };
  const words = languageWords(vocabs.en, vocabs.es);
  let fallback = ctx.sessionLanguage;
  for (const t of previous) if (t.user) fallback = detectLanguage(t.user, fallback, words);
  const language = detectLanguage(current.user, fallback, words);
  const vocab = vocabs[language];
  let said = understand(current.user, vocab, language, words);
  if (language === 'es' && ctx.input.dictionary) {
    // Every word's English first: a question about a product is read against its English text
    // through them (term-match.ts reads the dictionary's answers synchronously).
    await lookUpSpanishWords(current.user, ctx.input.dictionary, ctx.input.signal);
    const withCatalog = await withCatalogWords(
      current.user,
      vocabs,
      words,
      ctx.input.dictionary,
      ctx.input.signal,
    );
    // The shopper's word for a thing sold refines the request; it never turns it into another
    // ("hablar con una persona" asks for a human, whatever a "person" is in the catalog).
    const withWords = withCatalog === current.user ? said : understand(withCatalog, vocab, language, words);
    if (withWords.intent === said.intent || said.intent === 'unknown' || namesMore(withWords, said))
      said = withWords;
  }
  const lastUser = previous.at(-1)?.user;
  const nlu =
    specFollowUp(said, () => (lastUser ? understand(lastUser, vocab, language, words) : undefined)) ?? said;
  const state = stateOf(previous, current);
  let awaiting: Awaiting | undefined;
  if (depth > 0 && previous.length > 0 && previous.at(-1)!.user) {
    const prev = await analyse(ctx, previous, depth - 1);
    if (prev.action.kind === 'text') awaiting = prev.action.awaiting;
  }
  const decideInput = {
    nlu,
    state,
    current,
    previousCalls: previous.at(-1)?.calls.map((c) => c.name) ?? [],
    memory: memoryOf(ctx.system, turns),
    ...previousAddOf(addCorrected(previous, current.user), false, current.user),
    ...previousRefusedOf(previous.at(-1)),
    ...(awaiting ? { awaiting } : {}),
    ...(ctx.input.tools ? { tools: ctx.input.tools } : {}),
    ...(ctx.input.maxSteps ? { maxSteps: ctx.input.maxSteps } : {}),
  };
  const action = decide(decideInput);
  // A Spanish request is read again in English (second-reading.ts) when it led nowhere, or when
  // the Spanish parse may have missed part of it; the English reading is taken only when it leads
  // somewhere, and over a placed Spanish one only when it grounds more (reading-choice.ts).
  if (language === 'es' && ctx.input.translator) {
    const english = await secondReading({
      utterance: current.user,
      vocabs,
      words,
      translator: ctx.input.translator,
      ...(ctx.input.signal ? { signal: ctx.input.signal } : {}),
    });
    if (english && (isDeadEnd(action) || englishReadsMore(nlu, english))) {
      const again = decide({ ...decideInput, nlu: english });
      if (!isDeadEnd(again)) return { action: again, nlu: english };
    }
  }
  return { action, nlu };
}

/** Requests for things: a narrowing of the last search, a search, an add. */
const THING_REQUESTS = new Set(['refine', 'search', 'add_to_cart']);

/**
 * "También canela, la de cuatro onzas": read with the shopper's word for the product ("canela" →
 * cinnamon) the request names the product, where read without it, it only narrowed the last search
 * by its size; the other intent follows from the product (or the kind) named, so the reading with it
 * is kept.
 */
function namesMore(withWords: Understanding, said: Understanding): boolean {
  if (!THING_REQUESTS.has(said.intent) || !THING_REQUESTS.has(withWords.intent)) return false;
  const names = (u: Understanding) => (u.slots.productNames?.length ?? 0) > 0 || !!u.slots.category;
  return names(withWords) && !names(said);
}

/** Looks up the Spanish words of an utterance (a failed lookup only leaves them unglossed). */
async function lookUpSpanishWords(
  utterance: string,
  dictionary: SpanishEnglishDictionary,
  signal?: AbortSignal,
): Promise<void> {
  const words = [...utterance.toLowerCase().matchAll(/\p{L}+/gu)]
    .map((m) => m[0])
    .filter((w) => w.length >= 3 && !STOPWORDS.es.has(fold(w)));
  if (words.length === 0) return;
  try {
    await dictionary.englishFor(words, signal);
  } catch (err) {
    if (signal?.aborted) throw err;
  }
}

/**
 * The turn whose add the shopper may be correcting: the last one; or, when they say they changed
 * their mind, the latest of the last three turns that added something (a question may come between).
 */
function addCorrected(previous: Turn[], said: string): Turn | undefined {
  const last = previous.at(-1);
  const added = (t: Turn) => t.calls.some((c) => c.name === 'add_to_cart' && !c.error);
  if (!last || added(last) || !changesMind(said)) return last;
  return previous.slice(-3).reverse().find(added) ?? last;
}

/** The add a turn asked for and the shop refused, when that turn added nothing. */
function previousRefusedOf(turn: Turn | undefined): { previousRefused?: DecideInput['previousAdd'] } {
  if (!turn || turn.calls.some((c) => c.name === 'add_to_cart' && !c.error)) return {};
  const { previousAdd } = previousAddOf(turn, true);
  return previousAdd ? { previousRefused: previousAdd } : {};
}

/** The last successful add of a turn (or, `refused`, the last refused one), as the cart tool took it. */
function previousAddOf(
  turn: Turn | undefined,
  refused = false,
  said?: string,
): { previousAdd?: DecideInput['previousAdd'] } {
  const adds = turn?.calls.filter((c) => c.name === 'add_to_cart' && !c.error === !refused) ?? [];
  // Of several adds, the one the shopper names now ("make the tape oat"), else the last.
  const add = said ? addNamedIn(adds, said) : adds.at(-1);
  const i = add?.input as Record<string, unknown> | undefined;
  if (!i || typeof i.productId !== 'string') return {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const previousAdd: NonNullable<DecideInput['previousAdd']> = { productId: i.productId, said: turn!.user };
  if (str(i.size)) previousAdd.size = str(i.size)!;
  if (str(i.color)) previousAdd.color = str(i.color)!;
  if (typeof i.quantity === 'number') previousAdd.quantity = i.quantity;
  if (i.options && typeof i.options === 'object' && !Array.isArray(i.options)) {
    const options = Object.fromEntries(
      Object.entries(i.options as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    if (Object.keys(options).length > 0) previousAdd.options = options;
  }
  return { previousAdd };
}

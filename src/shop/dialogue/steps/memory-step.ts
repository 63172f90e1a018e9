/**
 * The turn of a memory request ("my shoe size is 42", "what's my size?", "forget my sizes"): the
 * memory tool, then a reply saying what was remembered, recalled or forgotten. Pure.
 */
import type { Language, ToolName } from '../../contract.ts';
import type { PreferenceKind } from '../../memory/preferences.ts';
import { asPreference, isRecord, type RememberedPreference } from '../memory.ts';
import { replyTo } from '../replies/replies.ts';
import { type MemoryRequest, memoryRequest } from '../understand/memory-request.ts';
import { t } from '../words/spoken.ts';
import type { Action, DecideInput } from './action-types.ts';
import { call, say } from './actions.ts';

const TOOL: Record<MemoryRequest['kind'], ToolName> = {
  remember: 'remember_preference',
  forget: 'forget_preferences',
  recall: 'list_preferences',
};

/** The step of a memory request, or undefined when the utterance is not one. */
export function memoryStep(input: DecideInput): Action | undefined {
  const lang = input.nlu.language;
  const declined = declinedUsual(input);
  if (declined) return declined;
  const req = memoryRequest(input.current.user, lang);
  if (!req) return undefined;
  const name = TOOL[req.kind];
  const done = input.current.calls.filter((c) => c.name === name).at(-1);
  if (done) return say(done.error ? replyTo(input.current.calls, lang) : memoryReply(req, done.output, lang));
  if (input.tools && !input.tools.has(name)) return undefined;
  if (req.kind === 'remember') return call(name, req.preference);
  return call(name, req.what ? { kind: req.what } : {});
}

function memoryReply(req: MemoryRequest, output: unknown, lang: Language): string {
  const out = isRecord(output) ? output : {};
  if (req.kind === 'remember') {
    const p = asPreference(out.remembered) ?? req.preference;
    return `${t(lang, 'Got it:', 'Entendido:')} ${described(p, lang)}. ${t(lang, "I'll remember it.", 'Lo recordaré.')}`;
  }
  if (req.kind === 'forget') {
    const what = kindWords(req.what, lang);
    return Number(out.forgotten) > 0
      ? t(lang, `Done: I've forgotten ${what}.`, `Hecho: he olvidado ${what}.`)
      : t(lang, `I had nothing saved about ${what}.`, `No tenía nada guardado sobre ${what}.`);
  }
  const prefs = (Array.isArray(out.preferences) ? out.preferences : []).map(asPreference).filter((p) => !!p);
  if (prefs.length === 0)
    return t(
      lang,
      "I don't have anything saved about you yet. Tell me your size, a favourite brand or your budget and I'll remember it.",
      'Todavía no tengo nada guardado sobre ti. Dime tu talla, una marca favorita o tu presupuesto y lo recordaré.',
    );
  const said = prefs.slice(0, 5).map((p) => described(p, lang));
  return t(
    lang,
    `You told me: ${said.join('; ')}. Ask me to forget it any time.`,
    `Me dijiste: ${said.join('; ')}. Puedes pedirme que lo olvide cuando quieras.`,
  );
}

function described(p: RememberedPreference, lang: Language): string {
  const scope = p.scope ? t(lang, ` for ${p.scope}`, ` para ${p.scope}`) : '';
  switch (p.kind) {
    case 'size':
      return t(lang, `your size is ${p.value}${scope}`, `tu talla es ${p.value}${scope}`);
    case 'brand':
      return t(lang, `your favourite brand is ${p.value}`, `tu marca favorita es ${p.value}`);
    case 'color':
      return t(lang, `your favourite colour is ${p.value}`, `tu color favorito es ${p.value}`);
    case 'budget':
      return t(lang, `your budget is ${p.value}${scope}`, `tu presupuesto es ${p.value}${scope}`);
  }
}

function kindWords(kind: PreferenceKind | undefined, lang: Language): string {
  switch (kind) {
    case 'size':
      return t(lang, 'your sizes', 'tus tallas');
    case 'brand':
      return t(lang, 'your favourite brands', 'tus marcas favoritas');
    case 'color':
      return t(lang, 'your favourite colours', 'tus colores favoritos');
    case 'budget':
      return t(lang, 'your budget', 'tu presupuesto');
    default:
      return t(lang, 'everything you told me', 'todo lo que me dijiste');
  }
}

/** "Your usual 42?" — "no": the size question again, without the suggestion. */
function declinedUsual({ nlu, awaiting, state, current }: DecideInput): Action | undefined {
  if (awaiting?.what !== 'variant' || !awaiting.suggested || !nlu.no || current.calls.length > 0)
    return undefined;
  const s = nlu.slots;
  if (s.size || s.numbers || s.color || s.productNames || s.category) return undefined;
  const sizes =
    state.known
      .get(awaiting.productId)
      ?.sizes.filter((x) => x.inStock)
      .map((x) => x.size) ?? [];
  const { suggested: _dropped, ...rest } = awaiting;
  return say(
    t(
      nlu.language,
      `Okay, which size then?${sizes.length ? ` In stock: ${sizes.join(', ')}.` : ''}`,
      `Vale, ¿qué talla entonces?${sizes.length ? ` Disponibles: ${sizes.join(', ')}.` : ''}`,
    ),
    rest,
  );
}

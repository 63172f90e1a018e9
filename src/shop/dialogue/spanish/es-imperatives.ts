/**
 * Spanish shoppers address the shop as tú, usted, ustedes or vosotros, and attach pronouns to the
 * imperative ("agrégueme", "quítela", "añádemela", "enseñadme"). The engine's request patterns know
 * the tú imperative ("agrega", "quita", "añade", "ponme", "quítalo"); this module rewrites every
 * other address of the same shop verbs to that form before the Spanish parse reads the words:
 * "agrégueme la segunda" → "agrega la segunda", "quítela" → "quitala", "añádemela" → "anadela",
 * "póngame dos" → "ponme dos", "vacíe el carrito" → "vacia el carrito".
 *
 * The usted/ustedes forms are the present subjunctive, derived from the tú imperative by rule
 * (-a verbs: saca → saque, agrega → agregue; -e verbs: añade → añada, elige → elija), the vosotros
 * forms from the infinitive's stem (quitad, añadid), the vos forms from those ("mostrame", "poneme"). Only the shop's own verbs are rewritten (words
 * of general shopping grammar); a pronoun of the thing (lo/la/los/las) is kept, the one of the
 * shopper (me/nos) only where the tú pattern has it ("ponme", "dame", "muéstrame"). Pure.
 */
import { fold } from '../../catalog/text.ts';
import { stem } from '../words/text.ts';
import type { CompiledVocabulary } from '../words/vocab.ts';

/** Tú imperatives of shop verbs (unaccented, as the request patterns write them). */
const VERBS = (
  'anade agrega quita elimina borra saca guarda compra mete describe compara muestra ensena vacia aplica ' +
  'usa cambia busca cuenta recomienda deja reserva cancela confirma prueba elige escoge manda envia ' +
  'lleva repite explica ayuda selecciona marca sube baja actualiza'
).split(' ');

/** Irregular tú imperatives and their usted forms. */
const IRREGULAR: Record<string, string> = { pon: 'ponga', di: 'diga', trae: 'traiga', da: 'de', haz: 'haga' };

/** Verbs whose tú pattern keeps the shopper's pronoun ("ponme", "dame", "dime", "enséñame"). */
const KEEPS_ME = new Set([
  'pon',
  'da',
  'di',
  'muestra',
  'ensena',
  'cuenta',
  'recomienda',
  'trae',
  'explica',
  'ayuda',
]);

/** Forms that are other words when said bare ("meta" a goal, "de" a preposition): rewritten only with a pronoun. */
const ONLY_WITH_PRONOUN = new Set(['de', 'den', 'meta', 'marque', 'lleve', 'baje', 'suba']);

function ustedOf(tu: string): string {
  const irregular = IRREGULAR[tu];
  if (irregular) return irregular;
  const stem = tu.slice(0, -1);
  if (tu.endsWith('a')) return `${stem.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c')}e`;
  return `${stem.replace(/g$/, 'j')}a`;
}

/** The vosotros imperatives of a tú form ("quita" → quitad; "añade" → añaded, añadid). */
function vosotrosOf(tu: string): string[] {
  if (tu === 'pon') return ['poned'];
  if (tu === 'di') return ['decid'];
  if (tu === 'da') return ['dad'];
  if (tu === 'haz') return ['haced'];
  const stem = tu.slice(0, -1);
  // Stem-changing verbs lose the diphthong outside the stressed stem ("muestra" → mostrad).
  const plain = stem.replace(/ue(?=[a-z]+$)/, 'o').replace(/ie(?=[a-z]+$)/, 'e');
  return tu.endsWith('a') ? [`${plain}ad`] : [`${plain}ed`, `${plain}id`];
}

interface Form {
  tu: string;
  /** A bare form that is also another word. */
  needsPronoun: boolean;
}

const FORMS = new Map<string, Form>();
for (const tu of [...VERBS, ...Object.keys(IRREGULAR)]) {
  const usted = ustedOf(tu);
  for (const form of [tu, usted, `${usted}n`, ...vosotrosOf(tu)])
    if (!FORMS.has(form)) FORMS.set(form, { tu, needsPronoun: ONLY_WITH_PRONOUN.has(form) });
  // Vos (Río de la Plata, Central America): the vosotros form without its d, stressed on the end
  // ("mostrá", "poné", "decí"); with a pronoun it is written without the accent ("mostrame",
  // "poneme"), and bare it folds into other words ("pone", "mostra"), so only with a pronoun.
  for (const form of vosotrosOf(tu).map((v) => v.slice(0, -1)))
    if (!FORMS.has(form)) FORMS.set(form, { tu, needsPronoun: true });
}

const PRONOUNS = /^(.+?)(me|nos|te|se|le|les)?(lo|la|los|las)?$/;

/** The tú form of one word, or undefined when it is no other address of a shop verb. */
export function tuImperative(word: string): string | undefined {
  // "Usé", "compré", "saqué": the first person of the past, which folds into the usted form
  // ("use", "compre"); said with its accent it is never a request.
  if (/é$/i.test(word)) return undefined;
  const w = fold(word);
  if (!/^[a-z]+$/.test(w)) return undefined;
  // Longest verb first: "vaciela" is vacie + la, never vaci + e + la.
  for (let cut = w.length; cut >= 2; cut--) {
    const form = FORMS.get(w.slice(0, cut));
    if (!form) continue;
    const m = PRONOUNS.exec(`x${w.slice(cut)}`);
    const rest = w.slice(cut);
    if (rest && m?.[1] !== 'x') continue;
    const indirect = m?.[2];
    const thing = m?.[3];
    if (form.needsPronoun && !rest) return undefined;
    // Vosotros drops its final d before "os" ("llevaos"): not a shop request, left alone.
    const me = indirect && KEEPS_ME.has(form.tu) ? 'me' : '';
    const out = `${form.tu}${me}${thing ?? ''}`;
    return out === w ? undefined : out;
  }
  return undefined;
}

/** The utterance with every usted/ustedes/vosotros (or pronoun-laden) shop verb in its tú form. */
export function tuImperatives(utterance: string): string {
  return utterance.replace(/\p{L}+/gu, (word) => tuImperative(word) ?? word);
}

const SOME = new Set(['un', 'una', 'unos', 'unas', 'algun', 'alguna', 'algunos', 'algunas']);

const headCache = new WeakMap<CompiledVocabulary, Set<string>>();

/**
 * The stems of the nouns that end product names ("Red Light Headlamp", "Pop-Up Training Goals
 * (Pair)" → headlamp, goal): what a thing the shop sells is called when its category is broader
 * ("Accessories") or two words ("Soccer Balls").
 */
function headNouns(vocab: CompiledVocabulary): Set<string> {
  let out = headCache.get(vocab);
  if (!out) {
    out = new Set<string>();
    for (const n of vocab.names) {
      const title = n.name.replace(/\([^)]*\)/g, ' ').toLowerCase();
      const head = title.match(/[a-z]{3,}/g)?.at(-1);
      if (head) out.add(stem(head));
    }
    for (const c of vocab.categories) for (const t of c.tokens) if (/^[a-z]{3,}$/.test(t)) out.add(stem(t));
    headCache.set(vocab, out);
  }
  return out;
}

/** Whether the token names a kind of thing the catalog sells (a category word or a product's head noun). */
export function namesSoldThing(token: string | undefined, vocab: CompiledVocabulary): boolean {
  return token !== undefined && headNouns(vocab).has(stem(token));
}

/**
 * "¿Tiene mancuernas ajustables?", said to the shop as usted (or "¿tienen …?" as ustedes), asks
 * whether it sells them, as "¿tienes …?" does; "¿tiene funda?" asks whether the product in focus has one. The kind of thing
 * sold, plural or after "un/una/algún", makes it the shop's question. `tokens` have their catalog
 * words in English already; `isKindAt(i)` tells whether a catalog kind starts at token i; `said`
 * are the tokens before that translation.
 */
export function asksShopAsUsted(
  tokens: readonly string[],
  isKindAt: (i: number) => boolean,
  isSoldAt: (i: number) => boolean = () => false,
  said: readonly string[] = tokens,
): boolean {
  if (tokens[0] !== 'tiene' && tokens[0] !== 'tienen') return false;
  const at = SOME.has(tokens[1] ?? '') ? 2 : 1;
  // "¿Tienen una lámpara de luz roja?": ustedes with an article asks the shop; "¿tiene una funda?"
  // (usted, or the product in focus) asks so only of a kind the catalog files as such.
  const plural = tokens[0] === 'tienen' || at === 1;
  // The plural is the one said: "básculas" reads "scale" once the catalog's English word stands in.
  return (isKindAt(at) || (plural && isSoldAt(at))) && (at === 2 || /s$/.test(said[1] ?? tokens[1] ?? ''));
}

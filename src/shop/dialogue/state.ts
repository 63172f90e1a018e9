/**
 * Dialogue state, rebuilt from the prompt on every call: the model keeps nothing between calls,
 * so whatever the conversation history says is the truth (last results, focus, cart, pending
 * order confirmation). This makes the engine a pure function of its input.
 */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { Language } from '../contract.ts';
import {
  type CartInfo,
  cartOf,
  confirmationOf,
  errorOf,
  field,
  ordersOf,
  type ProductInfo,
  productsOf,
} from './results.ts';
import { EXTRA_PATTERNS } from './understand/intents-extra.ts';
import { normalize } from './words/text.ts';

export interface ToolExchange {
  id: string;
  name: string;
  input: Record<string, unknown>;
  /** Undefined while the call has no result in the prompt. */
  output?: unknown;
  error?: string;
}

export interface Turn {
  user: string;
  calls: ToolExchange[];
  /** Assistant text of the turn (what was said back). */
  text: string;
  /** Number of assistant messages carrying tool calls (steps) in this turn. */
  steps: number;
}

export interface DialogueState {
  lastResults: ProductInfo[];
  lastSearch?: Record<string, unknown>;
  /** What the shopper said in the turn that showed lastResults ("filters in 77mm"). */
  lastListSaid?: string;
  focus?: ProductInfo;
  /** Ids of the products focused so far, the latest last ("the gallon jug" may be an earlier one's). */
  recent?: string[];
  cart?: CartInfo;
  /** Every product seen in any result, by id: details, sizes and prices for what was shown. */
  known: Map<string, ProductInfo>;
  /** Set only when the previous turn ended with a successful prepare_order read-back. */
  pendingConfirmation?: { token: string; summary?: string };
  /** The order was read back at a checkout since the last one placed (the shopper heard it). */
  orderReadBack?: boolean;
  lastOrderId?: string;
  researchId?: string;
  identified: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function outputValue(o: unknown): { value: unknown; error?: string } {
  if (!isRecord(o)) return { value: o };
  switch (o.type) {
    case 'json':
      return { value: o.value };
    case 'text': {
      const s = String(o.value);
      try {
        return { value: JSON.parse(s) };
      } catch {
        return { value: s };
      }
    }
    case 'error-text':
      return { value: o.value, error: String(o.value) };
    case 'error-json':
      return { value: o.value, error: errorOf(o.value) ?? JSON.stringify(o.value) };
    case 'execution-denied':
      return { value: null, error: String(o.reason ?? 'denied') };
    default:
      return { value: o };
  }
}

function parseInput(input: unknown): Record<string, unknown> {
  if (typeof input === 'string') {
    try {
      const v: unknown = JSON.parse(input);
      return isRecord(v) ? v : {};
    } catch {
      return {};
    }
  }
  return isRecord(input) ? input : {};
}

/** Splits the prompt into user turns; tool calls are paired with their results by id. */
export function turnsOf(prompt: LanguageModelV4Prompt): { system: string; turns: Turn[] } {
  const turns: Turn[] = [];
  let system = '';
  const byId = new Map<string, ToolExchange>();
  let cur: Turn | undefined;
  for (const m of prompt) {
    if (m.role === 'system') {
      system += `${m.content}\n`;
      continue;
    }
    if (m.role === 'user') {
      const text = m.content
        .filter((p) => p.type === 'text')
        .map((p) => p.text)
        .join(' ')
        .trim();
      // Consecutive user messages are one turn (the shopper paused mid-sentence).
      if (cur && cur.calls.length === 0 && !cur.text) cur.user = `${cur.user} ${text}`.trim();
      else {
        cur = { user: text, calls: [], text: '', steps: 0 };
        turns.push(cur);
      }
      continue;
    }
    if (!cur) {
      cur = { user: '', calls: [], text: '', steps: 0 };
      turns.push(cur);
    }
    let hadCall = false;
    for (const part of m.content) {
      if (part.type === 'text' && m.role === 'assistant') cur.text = `${cur.text} ${part.text}`.trim();
      else if (part.type === 'tool-call') {
        const ex: ToolExchange = { id: part.toolCallId, name: part.toolName, input: parseInput(part.input) };
        byId.set(part.toolCallId, ex);
        cur.calls.push(ex);
        hadCall = true;
      } else if (part.type === 'tool-result') {
        const ex = byId.get(part.toolCallId);
        if (!ex) continue;
        const { value, error } = outputValue(part.output);
        ex.output = value;
        const err = error ?? errorOf(value);
        if (err) ex.error = err;
      }
    }
    if (hadCall) cur.steps++;
  }
  return { system, turns };
}

const PRODUCT_LIST_TOOLS = new Set([
  'search_products',
  'compare_products',
  'list_saved_items',
  'get_research',
  'start_research',
]);
const FOCUS_TOOLS = new Set(['get_product', 'check_availability', 'add_to_cart', 'save_item']);

/** Folds tool exchanges (oldest first) into the state. `turns` excludes the current turn's own calls. */
/** A reply that puts one product forward: "The lightest is X …", "El más barato es X …". */
const LEADS_WITH = /^(?:the|el|la|lo)\b[^.,]{0,40}? (?:is|es) (.+)$/i;

export function stateOf(turns: Turn[], current?: Turn): DialogueState {
  const s: DialogueState = { lastResults: [], known: new Map(), identified: false, recent: [] };
  const all: (ToolExchange | 'reset')[] = [];
  const saidWith = new Map<ToolExchange, string>();
  const repliedWith = new Map<ToolExchange, string>();
  for (const t of [...turns, ...(current ? [current] : [])]) {
    // "Start over" forgets the search and the product in focus (the cart and orders stay).
    if (isReset(t.user)) all.push('reset');
    all.push(...t.calls);
    for (const c of t.calls) saidWith.set(c, t.user);
    for (const c of t.calls) repliedWith.set(c, t.text);
  }
  for (const c of all) {
    if (c === 'reset') {
      s.lastResults = [];
      delete s.lastSearch;
      delete s.focus;
      s.recent = [];
      continue;
    }
    if (c.output === undefined) continue;
    for (const p of productsOf(c.output)) s.known.set(p.id, mergeProduct(s.known.get(p.id), p, c.name));
    if (c.error) continue;
    if (PRODUCT_LIST_TOOLS.has(c.name)) {
      const ps = productsOf(c.output);
      // A search that found nothing leaves the screen as it was: "it" still means what was shown.
      if (ps.length) {
        s.lastResults = ps;
        s.lastListSaid = saidWith.get(c);
        // A fresh list of several products means "it" no longer points at the earlier product.
        s.focus = ps.length === 1 ? ps[0] : undefined;
        // A superlative's list ("the priciest kayak") puts its answer first: "that one" is it.
        if (c.name === 'search_products' && c.input.sort) s.focus = ps[0];
        // A search by a product's own name focuses that product even when others matched too.
        const q = typeof c.input.query === 'string' ? c.input.query.toLowerCase() : '';
        const named = q ? ps.find((p) => p.name.toLowerCase() === q) : undefined;
        if (named) s.focus = named;
      }
      if (c.name === 'search_products') s.lastSearch = c.input;
      const rid = field(c.output, 'researchId', 'id');
      if (c.name === 'start_research' && rid) s.researchId = rid;
    }
    if (FOCUS_TOOLS.has(c.name)) {
      const id = typeof c.input.productId === 'string' ? c.input.productId : undefined;
      const p = (id && s.known.get(id)) || productsOf(c.output)[0];
      if (p) s.focus = p;
    }
    // "The lightest is the Voyager 70 (1.9 kg), against …": the product a comparison put forward
    // is the one "it" means next ("how big is the lens on it?").
    if (c.name === 'compare_products' && !c.error) {
      const lead = LEADS_WITH.exec(repliedWith.get(c) ?? '');
      const winner = lead && productsOf(c.output).find((p) => lead[1]!.startsWith(p.name));
      if (winner) s.focus = s.known.get(winner.id) ?? winner;
    }
    // A size the availability check found sold out is remembered as such (no second refusal needed).
    if (
      c.name === 'check_availability' &&
      typeof c.input.productId === 'string' &&
      typeof c.input.size === 'string'
    ) {
      const out = c.output as { available?: unknown; result?: { available?: unknown } } | null;
      const available = out?.available ?? out?.result?.available;
      const p = s.known.get(c.input.productId);
      if (available === false && p && !c.input.color) {
        const size = c.input.size;
        const sizes = p.sizes.filter((x) => x.size.toLowerCase() !== size.toLowerCase());
        const marked = { ...p, sizes: [...sizes, { size, inStock: false }] };
        s.known.set(p.id, marked);
        if (s.focus?.id === p.id) s.focus = marked;
      }
    }
    const recent = s.recent ?? [];
    if (s.focus && recent.at(-1) !== s.focus.id)
      s.recent = [...recent.filter((id) => id !== s.focus!.id), s.focus.id];
    const cart = cartOf(c.output);
    if (cart) s.cart = cart;
    if (c.name === 'confirm_order' || c.name === 'order_status') {
      const o = ordersOf(c.output)[0];
      if (o) s.lastOrderId = o.id;
    }
    if (c.name === 'identify_user') s.identified = true;
  }
  // Read back on an earlier turn (this turn's own read-back is not yet heard), and not placed since.
  for (const c of turns.flatMap((t) => t.calls)) {
    if (c.name === 'prepare_order' && !c.error) s.orderReadBack = true;
    if (c.name === 'confirm_order' && !c.error) s.orderReadBack = false;
  }
  // A read-back is pending only if it was the last thing the assistant did before this turn, or
  // only questions answered since ("what promos do you have", "how long is delivery") followed it.
  let back = turns.length - 1;
  while (back > 0 && (isInfoOnly(turns[back]!) || isHolding(turns[back]!))) back--;
  const prev = turns[back];
  const prep = prev?.calls.filter((c) => c.name === 'prepare_order' && !c.error).at(-1);
  const conf = prep && confirmationOf(prep.output);
  if (prep && conf && prev!.calls.at(-1) === prep) {
    s.pendingConfirmation = conf.summary
      ? { token: conf.token, summary: conf.summary }
      : { token: conf.token };
  }
  return s;
}

/**
 * Questions a shopper may ask before answering a read-back; the answer asks for the yes again. Not
 * the cart: a "yes" after the cart shown again answers nothing (test/dialogue/scenarios.ts); a
 * shopper who then places the order in words hears it read back and placed (orderReadBack).
 */
export const ASIDE_TOOLS = new Set(['get_policy', 'search_knowledge', 'list_promos', 'request_human']);

function isInfoOnly(turn: Turn): boolean {
  return turn.calls.length > 0 && turn.calls.every((c) => ASIDE_TOOLS.has(c.name) && !c.error);
}

/**
 * "Déjame pensarlo", "espera, que lo miro", "hold on a sec": the shopper holds off answering a
 * read-back and asks nothing else; the read-back still waits for its yes.
 */
const HOLDING = {
  en: /^(?:(?:hmm+|um+|uh+|ok(?:ay)?|well)\s+)*(?:wait|hold on|hang on|one (?:sec|second|moment)|just a (?:sec|second|moment)|give me a (?:sec|second|moment|minute)|let me (?:think|see|check|look))\b(.*)$/,
  // Doubt said as an answer ("mmm, no sé, déjeme ver", "y bueno, no sé", "no estoy seguro") holds
  // off too: an unclear answer never places the order, and the yes that follows still answers it.
  es: /^(?:(?:mm+|em+|eh+|a ver|vale|bueno|pues|y|ay|uy|este|ok)\s+)*(?:espera|espere|esperate|esperame|un momento|un momentito|un segundo|un segundito|dame un (?:momento|segundo)|dejame (?:pensar|ver|mirar|revisar)(?:lo)?|dejeme (?:pensar|ver|mirar|revisar)(?:lo)?|lo (?:pienso|miro|reviso)|que lo (?:pienso|miro|reviso)|no se|no lo se|no estoy (?:segur[oa]|convencid[oa])|ni idea)\b(.*)$/,
};
/** What may follow the hold without asking anything ("un segundo", "que lo miro", "about it"). */
const HOLD_TAIL =
  /^(?:\s+(?:un|una|a|momento|momentito|segundo|segundito|sec|second|minute|moment|rato|poco|bit|que|lo|la|pienso|piense|miro|mire|reviso|think|about|it|porfa|por|favor|please|mm+|hmm+|eh|ok|okay|vale|bueno|dejame|dejeme|ver|pensar|pensarlo|mirar|todavia|aun|no|se|la verdad))*\s*$/;

export function holdsOff(said: string): boolean {
  const text = normalize(said);
  const m = HOLDING.en.exec(text) ?? HOLDING.es.exec(text);
  return !!m && HOLD_TAIL.test(m[1] ?? '');
}

function isHolding(turn: Turn): boolean {
  return turn.calls.length === 0 && !!turn.user && holdsOff(turn.user);
}

function isReset(user: string): boolean {
  const text = normalize(user);
  return EXTRA_PATTERNS.en.reset.test(text) || EXTRA_PATTERNS.es.reset.test(text);
}

export function languageHint(system: string): Language | undefined {
  const m = /\b(?:language|idioma|lang)\s*[:=]\s*(en|es)\b/i.exec(system);
  return m ? (m[1]!.toLowerCase() as Language) : undefined;
}

/**
 * Keeps the most trustworthy variant lists: get_product (every variant with stock) beats search
 * (in-stock lists) beats check_availability (options without stock).
 */
function mergeProduct(old: ProductInfo | undefined, p: ProductInfo, tool: string): ProductInfo {
  if (!old) return p;
  const weak = tool !== 'get_product';
  const merged = { ...old, ...p };
  if ((weak && old.sizes.length) || !p.sizes.length) merged.sizes = old.sizes;
  if ((weak && old.colors.length) || !p.colors.length) merged.colors = old.colors;
  // Options too: a comparison or a search lists fewer values (in stock only) than get_product.
  if (old.options?.length && (!p.options?.length || (weak && !old.options.partial)))
    merged.options = old.options;
  if (tool === 'get_product') {
    merged.sizes = p.sizes.length ? p.sizes : old.sizes;
    merged.colors = p.colors.length ? p.colors : old.colors;
  }
  return merged;
}

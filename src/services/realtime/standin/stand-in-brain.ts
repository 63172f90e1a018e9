/**
 * The stand-ins' "model": a few rules over the conversation so far that make the documented
 * moves (say something, or call one of our shop tools with arguments taken from earlier tool
 * results), so an end-to-end conversation can search, add to the cart, prepare and confirm an
 * order. It reads tool results the way a model would: from what the session sent back.
 */
export type BrainTurn =
  | { role: 'user' | 'assistant'; text: string }
  | { role: 'call'; callId: string; name: string; arguments: string }
  | { role: 'tool'; callId: string; output: unknown };

export type BrainMove =
  | { kind: 'say'; text: string }
  | { kind: 'call'; name: string; arguments: string; repeat: boolean };

const say = (text: string): BrainMove => ({ kind: 'say', text });
const call = (name: string, args: Record<string, unknown>): BrainMove => ({
  kind: 'call',
  name,
  arguments: JSON.stringify(args),
  repeat: false,
});

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});

/** The latest result of a tool, read from the session's function_call_output items. */
function lastResult(turns: readonly BrainTurn[], name: string): Obj | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i]!;
    if (t.role !== 'tool') continue;
    const c = turns.find((x) => x.role === 'call' && x.callId === t.callId);
    if (c?.role === 'call' && c.name === name && !obj(t.output).error) return obj(t.output);
  }
  return undefined;
}

export function decideReply(turns: readonly BrainTurn[], instructions: string | undefined): BrainMove {
  if (instructions) return say(/"([^"]+)"/.exec(instructions)?.[1] ?? 'Hello!');
  const last = turns.at(-1);
  if (last?.role === 'tool') return afterTool(turns, last);
  const text = last?.role === 'user' ? last.text.toLowerCase() : '';
  if (/\b(yes|confirm|go ahead|place it|sí)\b/.test(text)) {
    const prepared = lastResult(turns, 'prepare_order');
    if (prepared?.token) return call('confirm_order', { token: prepared.token });
  }
  if (/\b(add|put)\b/.test(text)) {
    const found = obj(lastResult(turns, 'search_products'));
    const first = obj((found.products as unknown[] | undefined)?.[0]);
    if (typeof first.id === 'string') return call('add_to_cart', { productId: first.id, quantity: 1 });
    return say('Which product should I add?');
  }
  if (/\b(order|checkout|check out|buy)\b/.test(text)) return call('prepare_order', {});
  if (/\b(show|find|search|looking|need|want)\b/.test(text)) {
    const query = text
      .replace(/\b(show|me|find|search|for|i'?m|looking|need|want|some|please|i|a|an|the)\b/g, ' ')
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return call('search_products', { query });
  }
  return say('I can search the shop, fill your cart and place your order. What are you looking for?');
}

function afterTool(turns: readonly BrainTurn[], result: Extract<BrainTurn, { role: 'tool' }>): BrainMove {
  const c = turns.find((x) => x.role === 'call' && x.callId === result.callId);
  const name = c?.role === 'call' ? c.name : '';
  const out = obj(result.output);
  const refused = obj(out.error);
  if (name === 'add_to_cart' && refused.code === 'variant_required' && c?.role === 'call') {
    // A model would ask the shopper; the stand-in takes the first size and colour offered.
    const details = obj(refused.details);
    const first = (v: unknown) => (Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
    const size = first(details.sizes);
    const color = first(details.colors);
    if (size || color) {
      const args = JSON.parse(c.arguments) as Obj;
      return call('add_to_cart', { ...args, ...(size ? { size } : {}), ...(color ? { color } : {}) });
    }
  }
  if (out.error !== undefined) {
    const e = out.error;
    const message = typeof e === 'string' ? e : String(obj(e).message ?? 'it failed');
    return say(`Sorry, that did not work: ${message}`);
  }
  switch (name) {
    case 'search_products': {
      const products = (out.products as unknown[] | undefined) ?? [];
      if (products.length === 0) return say('I found nothing like that. Could you describe it differently?');
      const names = products.slice(0, 3).map((p) => String(obj(p).name));
      return say(
        `I found ${products.length} products. The first is ${names[0]}, then ${names.slice(1).join(' and ') || 'nothing else'}. ` +
          'Would you like me to add the first one to your cart, or hear more about any of them?',
      );
    }
    case 'add_to_cart':
      return say('Added it to your cart.');
    case 'prepare_order': {
      const summary = String(out.summary ?? 'Your order is ready.');
      return say(summary.includes('?') ? summary : `${summary} Shall I place the order?`);
    }
    case 'confirm_order':
      return say('Your order is placed. Thank you!');
    default:
      return say('Done.');
  }
}

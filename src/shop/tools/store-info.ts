/**
 * What the store offers beyond products: the promo codes that apply now, and its policies
 * (returns, shipping, warranty) from the configured policy text. A question the text does not
 * answer is for a person (request_human), never for a guess.
 */
import { z } from 'zod';
import type { ShopTool } from '../contract.ts';
import { toMajor } from '../money.ts';
import { promoFromRow } from '../promos/store.ts';
import { defineTool, readPolicy } from './define.ts';
import type { ShopServices } from './services.ts';

/** Words a policy topic goes by in either language, to pick the sentences of the policy text about it. */
const TOPIC_WORDS: Record<string, RegExp> = {
  // What arrives damaged is replaced under the returns' terms, often in a "Breakage:" paragraph.
  returns:
    /\b(return|returns|refund|exchange|devoluci|devolver|reembolso|cambio|replacement|reemplazo|breakage|rotura|damaged|dañad|danad|llega roto|arrives? broken)/i,
  shipping: /\b(ship|shipping|delivery|deliver|envio|envío|entrega)/i,
  warranty: /\b(warrant|guarantee|garant)/i,
  payment: /\b(pay|payment|card|pago|tarjeta)/i,
  privacy: /\b(privacy|data|privacidad|datos)/i,
};

/**
 * The sentences about a topic: those naming it, and those under a "Payment:" / "Envíos:" lead-in
 * of that topic until the next lead-in ("We do not accept Discover." is about payment).
 */
export function policySentences(text: string, topic: string): string[] {
  // "Other" (pickup, gift wrap, price match…) has no words of its own: any sentence may say it,
  // and the reader keeps only one that says what was asked, else hands over to a person.
  if (topic === 'other')
    return text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((x) => x.trim())
      .filter(Boolean);
  const re = TOPIC_WORDS[topic] ?? new RegExp(`\\b${topic.replace(/[^a-z]/gi, '')}`, 'i');
  let section: string | undefined;
  const out: string[] = [];
  for (const s of text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim())) {
    if (!s) continue;
    const head = /^([\p{L} ]{3,30}):/u.exec(s)?.[1];
    if (head) section = head;
    if (re.test(s) || (section !== undefined && re.test(section))) out.push(s);
  }
  return out;
}

export function storeInfoTools(s: ShopServices): ShopTool[] {
  const policy = readPolicy(s.config);
  return [
    defineTool({
      name: 'list_promos',
      description:
        'The promo codes that apply today (code, what it gives, minimum spend, end date). Use when the shopper ' +
        'asks what promos, deals or discounts there are; do not search products for it.',
      inputSchema: z.object({}),
      policy,
      async execute(_input, ctx) {
        const rows = await s.db
          .selectFrom('promos')
          .selectAll()
          .where('active', '=', 1)
          .orderBy('code')
          .execute();
        const now = s.now().getTime();
        const live = rows.filter(
          (r) =>
            (!r.starts_at || Date.parse(r.starts_at) <= now) && (!r.ends_at || Date.parse(r.ends_at) > now),
        );
        const currency = (await s.carts.view(ctx.userId, ctx.language)).view.currency;
        return {
          result: {
            promos: live.map((r) => {
              const p = promoFromRow(r, ctx.language);
              return {
                code: r.code,
                description: p.description,
                // The description is the owner's text; the figures let a reply say it in any language.
                descriptionLanguage: ctx.language === 'es' && r.description_es ? 'es' : 'en',
                discount:
                  r.kind === 'percent'
                    ? { kind: 'percent', percent: r.value }
                    : r.kind === 'fixed'
                      ? { kind: 'fixed', amount: toMajor(r.value, currency), currency }
                      : { kind: 'free_trial', days: r.value },
                ...(r.min_subtotal_cents > 0
                  ? { minSpend: toMajor(r.min_subtotal_cents, currency), currency }
                  : {}),
                ...(r.ends_at ? { endsAt: r.ends_at } : {}),
              };
            }),
          },
        };
      },
    }),
    defineTool({
      name: 'get_policy',
      description:
        'The store’s policy on returns, shipping, warranty, payment or privacy, from the text the shop owner ' +
        'configured. When it returns no text, do not guess: offer a person (request_human).',
      inputSchema: z.object({
        topic: z.enum(['returns', 'shipping', 'warranty', 'payment', 'privacy', 'other']),
      }),
      policy,
      async execute(input) {
        const text = s.config.SHOP_POLICY_TEXT?.trim() ?? '';
        const sentences = text ? policySentences(text, input.topic) : [];
        return {
          result: sentences.length
            ? { topic: input.topic, text: sentences.join(' ') }
            : {
                topic: input.topic,
                text: null,
                advice: 'No policy text on this; offer a person (request_human).',
              },
        };
      },
    }),
  ];
}

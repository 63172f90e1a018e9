/**
 * What a recorded conversation event becomes in Convex: a turn, a saved item, a research result,
 * or nothing. Pure, so the mapping is tested without a deployment. Bodies follow the convex/
 * module's HTTP actions (convex/http.ts): `/voice/turn`, `/voice/saved-item`,
 * `/voice/research-result`.
 */
import type { ConversationEvent } from '../../store/recorder.ts';

/** The convex/ module's product card (convex/schema.ts `productCard`). */
export interface ConvexProductCard {
  productId: string;
  name: string;
  brand?: string;
  price?: number;
  currency?: string;
  url?: string;
  image?: string;
}

export type Delivery =
  | { kind: 'post'; path: '/voice/turn' | '/voice/saved-item'; body: Record<string, unknown> }
  /** Its query and cards are read from the research store when it is sent. */
  | { kind: 'research'; researchId: string }
  /** The session is over: nothing after this event is owed. */
  | { kind: 'end' }
  | { kind: 'none' };

/** Convex documents hold 1 MiB; a turn is cut well below so the HTTP action never refuses it for size. */
export const MAX_TURN_CHARS = 100_000;

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Idempotency key of an event: a retried delivery of the same event adds nothing in Convex. */
export const turnKey = (sessionId: string, seq: number) => `vs:${sessionId}:${seq}`;

export function deliveryOf(event: ConversationEvent, convexSessionId: string): Delivery {
  const payload = record(event.payload) ?? {};
  switch (event.type) {
    case 'user_transcript':
    case 'assistant_text': {
      // An interrupted reply is recorded twice: whole when generated, then as far as it was
      // heard. Convex gets the whole reply once; the cut is in our own record.
      if (payload.interrupted === true) return { kind: 'none' };
      const text = typeof payload.text === 'string' ? payload.text.trim() : '';
      if (!text) return { kind: 'none' };
      return {
        kind: 'post',
        path: '/voice/turn',
        body: {
          sessionId: convexSessionId,
          key: turnKey(event.sessionId, event.seq),
          role: event.type === 'user_transcript' ? 'user' : 'assistant',
          text: text.slice(0, MAX_TURN_CHARS),
          at: Date.parse(event.createdAt),
        },
      };
    }
    case 'tool_result': {
      if (payload.cancelled === true) return { kind: 'none' };
      const result = record(payload.result);
      if (payload.name === 'save_item') {
        const saved = record(result?.saved);
        if (!saved || typeof saved.productId !== 'string' || typeof saved.name !== 'string')
          return { kind: 'none' };
        return {
          kind: 'post',
          path: '/voice/saved-item',
          body: { sessionId: convexSessionId, item: cardOf({ ...saved, id: saved.productId }) },
        };
      }
      if (payload.name === 'get_research' && typeof result?.researchId === 'string') {
        const status = result.status;
        if (status === 'done' || status === 'failed')
          return { kind: 'research', researchId: result.researchId };
      }
      return { kind: 'none' };
    }
    case 'session_end':
      return { kind: 'end' };
    default:
      return { kind: 'none' };
  }
}

/** A product of ours as Convex's card; relative links made absolute against `baseUrl`. */
export function cardOf(item: Record<string, unknown>, baseUrl?: string): ConvexProductCard {
  const absolute = (value: unknown) => {
    if (typeof value !== 'string' || !value) return undefined;
    if (/^https?:\/\//.test(value)) return value;
    return baseUrl ? new URL(value, `${baseUrl}/`).toString() : undefined;
  };
  const url = absolute(item.url);
  const image = absolute(item.image);
  return {
    productId: String(item.id),
    name: String(item.name),
    ...(typeof item.brand === 'string' && item.brand ? { brand: item.brand } : {}),
    ...(typeof item.price === 'number' && Number.isFinite(item.price) ? { price: item.price } : {}),
    ...(typeof item.currency === 'string' && item.currency ? { currency: item.currency } : {}),
    ...(url ? { url } : {}),
    ...(image ? { image } : {}),
  };
}

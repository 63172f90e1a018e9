/**
 * The Convex tables of a Voice Shopper deployment. Users are keyed by the identity provider's
 * `tokenIdentifier` (Clerk or any OIDC issuer Convex is configured for), so the same person is
 * one row whichever device they sign in from; every other table points at a user row, which is
 * what the functions' ownership checks compare.
 */
import { defineSchema, defineTable } from 'convex/server';
import { v } from 'convex/values';

export const language = v.union(v.literal('en'), v.literal('es'));
export const turnRole = v.union(v.literal('user'), v.literal('assistant'), v.literal('tool'));
export const sessionStatus = v.union(v.literal('starting'), v.literal('started'), v.literal('failed'));
export const researchStatus = v.union(
  v.literal('pending'),
  v.literal('running'),
  v.literal('done'),
  v.literal('failed'),
);

/** A product as the voice server shows it on a card: enough to list it without the catalog. */
export const productCard = v.object({
  productId: v.string(),
  name: v.string(),
  brand: v.optional(v.string()),
  /** In the currency's units, as the voice server's product cards carry it. */
  price: v.optional(v.number()),
  currency: v.optional(v.string()),
  url: v.optional(v.string()),
  image: v.optional(v.string()),
});

export default defineSchema({
  users: defineTable({
    tokenIdentifier: v.string(),
    /** The identity's issuer and subject, which the voice server maps to its own user. */
    issuer: v.string(),
    subject: v.string(),
    name: v.optional(v.string()),
    email: v.optional(v.string()),
    createdAt: v.number(),
  })
    .index('by_token', ['tokenIdentifier'])
    // The voice server names a user by issuer and subject (it sees the verified token, not
    // Convex's tokenIdentifier): a guest's claimed items are filed under the row found this way.
    .index('by_subject', ['issuer', 'subject']),

  voiceSessions: defineTable({
    userId: v.id('users'),
    transport: v.string(),
    language,
    status: sessionStatus,
    startedAt: v.number(),
    error: v.optional(v.string()),
  }).index('by_user', ['userId']),

  turns: defineTable({
    sessionId: v.id('voiceSessions'),
    userId: v.id('users'),
    /** The voice server's idempotency key: a retried delivery finds the row and adds nothing. */
    key: v.string(),
    role: turnRole,
    text: v.string(),
    at: v.number(),
  })
    .index('by_key', ['key'])
    .index('by_session', ['sessionId', 'at']),

  savedItems: defineTable({
    userId: v.id('users'),
    ...productCard.fields,
    sessionId: v.optional(v.id('voiceSessions')),
    savedAt: v.number(),
  })
    .index('by_user', ['userId', 'savedAt'])
    .index('by_user_product', ['userId', 'productId']),

  /**
   * What a guest saved on the voice server, brought into the account when they signed in
   * (`/voice/claim-guest`). The server's idempotency key makes a retried delivery add nothing,
   * and keeps an item the user removed since from coming back.
   */
  guestClaims: defineTable({
    key: v.string(),
    userId: v.id('users'),
    /** Cards added, already saved, refused as invalid. */
    added: v.number(),
    alreadySaved: v.number(),
    refused: v.number(),
    claimedAt: v.number(),
  }).index('by_key', ['key']),

  researchRequests: defineTable({
    userId: v.id('users'),
    sessionId: v.optional(v.id('voiceSessions')),
    query: v.string(),
    language,
    status: researchStatus,
    /** The voice server's research id once it accepted the job. */
    serverResearchId: v.optional(v.string()),
    attempts: v.number(),
    requestedAt: v.number(),
    error: v.optional(v.string()),
  })
    .index('by_user', ['userId', 'requestedAt'])
    .index('by_server_id', ['serverResearchId']),

  researchResults: defineTable({
    requestId: v.id('researchRequests'),
    userId: v.id('users'),
    summary: v.string(),
    items: v.array(productCard),
    completedAt: v.number(),
  }).index('by_request', ['requestId']),
});

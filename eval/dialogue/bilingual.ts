/**
 * The bilingual script format of rounds 2 and 3 and its constructors (written for round 2, shared
 * since round 3). Each step is written once with its English and Spanish wording and one set of
 * checks (outcomes only, never wording), so the EN and ES scripts ask for the same things; round 1's
 * check kinds plus the stricter round-2 ones.
 */
import type { Check, Conversation, LineSpec, ProductWhere, Script } from './types.ts';

export {
  all,
  any,
  called,
  cancelled,
  DONT_KNOW,
  notCalled,
  notCancelledYet,
  orders,
  says,
  saysNot,
  shownOnly,
  shownSome,
  usd,
} from './scripts/build.ts';

export interface BiStep {
  en: string;
  es: string;
  /** The failure kind this step covers (issue 12's list, plus the rounds' additions). */
  covers: string;
  checks: Check[];
}

export interface BiConversation {
  title: string;
  steps: BiStep[];
}

/** The English and the Spanish script of one catalog (both against its English-only catalog). */
export function scripts(catalog: string, conversations: BiConversation[]): [Script, Script] {
  const of = (language: 'en' | 'es'): Script => ({
    catalog,
    language,
    replyLanguage: language,
    conversations: conversations.map(
      (c): Conversation => ({
        title: c.title,
        steps: c.steps.map((s) => ({ say: s[language], covers: s.covers, checks: s.checks })),
      }),
    ),
  });
  return [of('en'), of('es')];
}

/** Every product shown fits `where`, and at least one was shown. */
export const shown = (where: ProductWhere): Check => ({ kind: 'shown', where, nonEmpty: true });
/** Products shown, if any, are none of these (a draft is never offered). */
export const neverShown = (...notHandles: string[]): Check => ({ kind: 'shown', where: { notHandles } });

export const line = (
  handle: string | string[],
  options?: Record<string, string>,
  quantity?: number,
): LineSpec => ({
  handle,
  ...(options ? { options } : {}),
  ...(quantity !== undefined ? { quantity } : {}),
});
/** The cart gained exactly these lines (nothing else changed). */
export const adds = (...add: LineSpec[]): Check => ({ kind: 'cartDelta', add });
/** The cart gained `add` and lost `remove`, nothing else (a correction: "no wait, the 18 volt one"). */
export const swaps = (add: LineSpec, remove: LineSpec): Check => ({
  kind: 'cartDelta',
  add: [add],
  remove: [remove],
});
/** The cart lost exactly these lines (or quantities), nothing else. */
export const removes = (...remove: LineSpec[]): Check => ({ kind: 'cartDelta', add: [], remove });
/** The cart did not change at all (a sold-out variant refused: nothing else added in its place). */
export const unchanged: Check = { kind: 'cartDelta', add: [] };
export const emptyCart: Check = { kind: 'cartLines', count: 0 };
export const promo = (code: string | null): Check => ({ kind: 'cartPromo', code });

/** Superlatives: the right product first on screen, or named before any rival in the reply. */
export const best = (handles: string | string[], pattern: string, rivals: string): Check => ({
  kind: 'best',
  handles: [handles].flat(),
  pattern,
  rivals,
});
export const saysTotal: Check = { kind: 'saysCartTotal' };
export const saved = (handle: string): Check => ({ kind: 'saved', handle });
export const addedShownAt = (position: number, options?: Record<string, string>): Check => ({
  kind: 'addedShownAt',
  position,
  ...(options ? { options } : {}),
});
/** The order is named by its id (it exists: the check reads it from the shop). */
export const namesOrder: Check = { kind: 'saysOrderId' };
/** An expired or unknown code refused, in either language. */
export const REFUSED_CODE =
  "expir|ended|no longer|not valid|invalid|isn'?t valid|can'?t (be )?appl|caduc|venci|vencid|termin|ya no|no es valid|no vale|no (se )?puede aplicar|no (es|esta) (activo|vigente)";

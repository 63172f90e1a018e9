/**
 * Email + password accounts (src/server/auth/routes.ts): sign up, sign in, sign out, with every
 * refusal turned into a kind the UI can explain in plain language. The account session is an
 * HttpOnly cookie the server sets; this module never sees it.
 */
import { type ClerkConfig, clerkUser } from './clerk';
import { type ConvexConfig, parseConvexConfig } from './convex';
import { request } from './http';
import type { Me } from './types';

export const PASSWORD_MAX_LENGTH = 128;

/** GET /api/auth/config: the server's account policy, so the form validates as the server will. */
export interface AuthPolicy {
  passwordEnabled: boolean;
  passwordMinLength: number;
  externalTokens: boolean;
  /** The Clerk instance to sign in with, when the server names one. */
  clerk: ClerkConfig | null;
  /** The Convex deployment saved items and history come from for a Clerk user, when configured. */
  convex: ConvexConfig | null;
}

/**
 * The server's defaults, used only when its policy cannot be fetched: a server configured
 * differently still refuses with "Password too short", which the dialog explains.
 */
export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  passwordEnabled: true,
  passwordMinLength: 10,
  externalTokens: false,
  clerk: null,
  convex: null,
};

export type AuthErrorKind =
  | 'wrongCredentials'
  | 'throttled'
  | 'emailTaken'
  | 'passwordShort'
  | 'emailInvalid'
  | 'unavailable'
  | 'unreachable'
  | 'generic';

export class AuthFailure extends Error {
  readonly kind: AuthErrorKind;
  /** Seconds to wait (Retry-After) when throttled. */
  readonly retryAfterS: number | undefined;
  constructor(kind: AuthErrorKind, message: string, retryAfterS?: number) {
    super(message);
    this.kind = kind;
    this.retryAfterS = retryAfterS;
  }
}

export interface SignedIn {
  userId: string;
  kind: 'account';
  movedCartItems: number;
}

/** Retry-After is seconds here; an HTTP date is accepted too. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const n = Number(header);
  if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

/** Maps a refusal to what happened, by status first and the server's wording second. */
export function classifyAuthFailure(
  status: number,
  detail: string,
  retryAfter: string | null,
  action: 'sign-in' | 'sign-up' | 'sign-out',
): AuthFailure {
  if (status === 429) return new AuthFailure('throttled', detail, retryAfterSeconds(retryAfter) ?? 60);
  if (status === 404) return new AuthFailure('unavailable', detail);
  if (status === 401 && action === 'sign-in') return new AuthFailure('wrongCredentials', detail);
  if (status === 409) return new AuthFailure('emailTaken', detail);
  if (status === 400 && /password/i.test(detail) && /short|least|min/i.test(detail))
    return new AuthFailure('passwordShort', detail);
  if (status === 400 && /email/i.test(detail)) return new AuthFailure('emailInvalid', detail);
  if (status >= 502 && status <= 504) return new AuthFailure('unreachable', detail);
  return new AuthFailure('generic', detail);
}

async function post<T>(path: string, body: unknown, action: 'sign-in' | 'sign-up' | 'sign-out'): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new AuthFailure('unreachable', 'unreachable');
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok)
    throw classifyAuthFailure(
      res.status,
      String(json.detail ?? res.statusText),
      res.headers.get('retry-after'),
      action,
    );
  return json as T;
}

export const authApi = {
  signUp: (input: { email: string; password: string; name?: string }) =>
    post<SignedIn>('/api/auth/sign-up', input, 'sign-up'),
  signIn: (input: { email: string; password: string }) =>
    post<SignedIn>('/api/auth/sign-in', input, 'sign-in'),
  signOut: () => post<{ signedOut: true }>('/api/auth/sign-out', {}, 'sign-out'),
  /** After a Clerk sign-in: the guest's cart and memory move into the account (bearer from the token source). */
  claimGuest: async (): Promise<SignedIn> => {
    const r = await request<{ userId: string; movedCartItems: number }>('POST', '/api/auth/claim-guest');
    return { userId: r.userId, kind: 'account', movedCartItems: r.movedCartItems };
  },
  /** Never throws: an unreachable or odd answer falls back to the defaults. */
  policy: async (): Promise<AuthPolicy> => {
    try {
      const res = await fetch('/api/auth/config', { credentials: 'include' });
      if (!res.ok) return DEFAULT_AUTH_POLICY;
      const json = (await res.json()) as Partial<AuthPolicy>;
      return {
        passwordEnabled:
          typeof json.passwordEnabled === 'boolean'
            ? json.passwordEnabled
            : DEFAULT_AUTH_POLICY.passwordEnabled,
        passwordMinLength:
          typeof json.passwordMinLength === 'number' && json.passwordMinLength > 0
            ? json.passwordMinLength
            : DEFAULT_AUTH_POLICY.passwordMinLength,
        externalTokens: json.externalTokens === true,
        clerk:
          typeof json.clerk?.publishableKey === 'string' && typeof json.clerk.scriptUrl === 'string'
            ? { publishableKey: json.clerk.publishableKey, scriptUrl: json.clerk.scriptUrl }
            : null,
        convex: parseConvexConfig(json.convex),
      };
    } catch {
      return DEFAULT_AUTH_POLICY;
    }
  },
};

/** Deliberately loose: the server has the last word, this only catches typos before a round trip. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** What the header shows for the signed-in account (GET /api/me); either may be missing. */
export interface AccountProfile {
  userId: string;
  email?: string;
  name?: string;
}

/** The profile in GET /api/me (an account's email and name; null or absent for guests). */
export function profileOf(me: Me): AccountProfile {
  // A Clerk account's email and name live in Clerk, not on our server.
  const clerk = me.kind === 'account' ? clerkUser() : null;
  const email = (typeof me.email === 'string' && me.email) || clerk?.primaryEmailAddress?.emailAddress;
  const name = (typeof me.name === 'string' && me.name.trim()) || clerk?.fullName?.trim();
  return { userId: me.userId, ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

/** Up to two initials for the avatar: "Ana López" → "AL", "sam@x.io" → "S". */
export function initials(profile: AccountProfile | null): string {
  const source = profile?.name?.trim() || profile?.email?.split('@')[0] || '';
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const letters = profile?.name ? words.slice(0, 2).map((w) => w[0]) : words.slice(0, 1).map((w) => w[0]);
  return letters.join('').toUpperCase() || '?';
}

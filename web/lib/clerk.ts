/**
 * Clerk sign-in, when the server names a Clerk instance (GET /api/auth/config → clerk). Clerk's
 * own browser bundle (clerk-js) is loaded from the address the server gives — the instance's
 * Frontend API by default — and drives sign-in and sign-up in its own UI. What this app needs of
 * it is small: who is signed in, a fresh session token for each request (`Authorization: Bearer`
 * to /start and /api/*; the WebSocket then uses the session token /start returns), sign-in and
 * sign-out, and a callback when the signed-in user changes.
 */
export interface ClerkConfig {
  publishableKey: string;
  scriptUrl: string;
}

export interface ClerkUser {
  id: string;
  fullName?: string | null;
  primaryEmailAddress?: { emailAddress: string } | null;
}

/** The part of clerk-js's `Clerk` object this app uses. */
export interface ClerkLike {
  load(options?: Record<string, unknown>): Promise<void>;
  readonly user: ClerkUser | null | undefined;
  readonly session:
    | { getToken(options?: { template?: string; skipCache?: boolean }): Promise<string | null> }
    | null
    | undefined;
  openSignIn(options?: Record<string, unknown>): void;
  signOut(): Promise<void>;
  addListener(listener: (resources: { user?: ClerkUser | null }) => void): () => void;
}

declare global {
  interface Window {
    Clerk?: ClerkLike;
  }
}

/** How long clerk-js may take to load before the app goes on as a guest. */
const LOAD_TIMEOUT_MS = 15_000;

let loaded: Promise<ClerkLike> | undefined;

/** Loads clerk-js once; rejects when it cannot be loaded (the app then stays a guest app). */
export function loadClerk(config: ClerkConfig): Promise<ClerkLike> {
  loaded ??= new Promise<ClerkLike>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Clerk did not load in time')), LOAD_TIMEOUT_MS);
    const script = document.createElement('script');
    script.src = config.scriptUrl;
    script.async = true;
    script.crossOrigin = 'anonymous';
    // clerk-js reads its publishable key from the tag that loaded it.
    script.setAttribute('data-clerk-publishable-key', config.publishableKey);
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error(`Clerk could not be loaded from ${config.scriptUrl}`));
    };
    script.onload = () => {
      const clerk = window.Clerk;
      if (!clerk) {
        clearTimeout(timer);
        reject(new Error('clerk-js loaded but defined no Clerk object'));
        return;
      }
      clerk.load().then(
        () => {
          clearTimeout(timer);
          resolve(clerk);
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    };
    document.head.appendChild(script);
  });
  return loaded;
}

/** The signed-in Clerk user's session token, or null (no Clerk, or nobody signed in). */
export async function clerkToken(): Promise<string | null> {
  if (!loaded) return null;
  try {
    const clerk = await loaded;
    return (await clerk.session?.getToken()) ?? null;
  } catch {
    return null;
  }
}

/** The signed-in Clerk user, when clerk-js is loaded and someone is signed in. */
export function clerkUser(): ClerkUser | null {
  return (typeof window !== 'undefined' && window.Clerk?.user) || null;
}

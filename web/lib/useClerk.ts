/**
 * The app's side of Clerk: loads clerk-js when the server names an instance, makes every API
 * request and /start carry the session's token, and turns Clerk's user changes into the app's
 * sign-in (the guest's cart claimed into the account) and sign-out (back to a guest).
 */
import { useEffect, useRef, useState } from 'react';
import { type AuthPolicy, authApi, type SignedIn } from './auth';
import { type ClerkLike, clerkToken, loadClerk } from './clerk';
import { setTokenSource } from './http';

/** Loads Clerk (when configured) before the app's first identity request, so a restored session is used. */
export async function prepareClerk(policy: AuthPolicy): Promise<ClerkLike | null> {
  if (!policy.clerk) return null;
  try {
    const clerk = await loadClerk(policy.clerk);
    setTokenSource(clerkToken);
    return clerk;
  } catch {
    // Without clerk-js the shop still works for guests; signing in is what is missing.
    return null;
  }
}

export function useClerkAccount(
  clerk: ClerkLike | null,
  on: { signedIn(result: SignedIn): Promise<void>; signedOut(): Promise<void>; failed(err: unknown): void },
) {
  const handlers = useRef(on);
  handlers.current = on;
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!clerk) return;
    let last = clerk.user?.id ?? null;
    return clerk.addListener(({ user }) => {
      const now = user?.id ?? null;
      if (now === last) return;
      last = now;
      if (now)
        authApi.claimGuest().then(
          (result) => handlers.current.signedIn(result),
          (err: unknown) => handlers.current.failed(err),
        );
      else void handlers.current.signedOut();
    });
  }, [clerk]);

  return {
    available: clerk !== null,
    signIn: () => clerk?.openSignIn(),
    signOut: async (): Promise<boolean> => {
      if (!clerk) return false;
      setBusy(true);
      try {
        await clerk.signOut();
        return true;
      } catch (err) {
        handlers.current.failed(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    busy,
  };
}

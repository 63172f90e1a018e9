'use client';
/**
 * The header's account control: "Sign in" for a guest (opens the dialog), the account's avatar
 * and name for a signed-in shopper (a small menu with the email and "Sign out").
 */
import { useEffect, useRef, useState } from 'react';
import {
  type AccountProfile,
  type AuthPolicy,
  DEFAULT_AUTH_POLICY,
  initials,
  type SignedIn,
} from '../lib/auth';
import type { Strings } from '../lib/i18n';
import { AuthDialog, type AuthMode } from './AuthDialog';

export type AccountState =
  | { kind: 'loading' }
  | { kind: 'guest' }
  | { kind: 'account'; profile: AccountProfile | null };

function PersonIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="3.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M4.8 19.5a7.2 7.2 0 0 1 14.4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function AccountMenu(props: {
  t: Strings;
  account: AccountState;
  /** The server's account policy; null until known. */
  policy: AuthPolicy | null;
  onSignedIn(result: SignedIn, how: AuthMode): Promise<void>;
  onSignOut(): Promise<boolean>;
  /** Sign-in is another provider's UI (Clerk): the button opens it instead of our dialog. */
  onExternalSignIn?: (() => void) | undefined;
}) {
  const { t, account, policy } = props;
  const [dialog, setDialog] = useState<AuthMode | null>(null);
  const [mode, setMode] = useState<AuthMode>('sign-in');
  const [menuOpen, setMenuOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  // After the dialog or the menu closes (or the button changed from "Sign in" to the account),
  // focus goes back to whichever header button stands in its place.
  useEffect(() => {
    if (!refocus.current || dialog || menuOpen) return;
    refocus.current = false;
    triggerRef.current?.focus();
  });

  useEffect(() => {
    if (!menuOpen) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setMenuOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      triggerRef.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [menuOpen]);

  const openDialog = (m: AuthMode) => {
    setMode(m);
    setDialog(m);
  };
  const closeDialog = () => {
    refocus.current = true;
    setDialog(null);
  };

  const signedIn = account.kind === 'account';
  const profile = account.kind === 'account' ? account.profile : null;
  const label = profile?.name || profile?.email || t.account;

  return (
    <div className="account" ref={rootRef} data-testid="account" data-kind={account.kind}>
      {signedIn ? (
        <button
          ref={triggerRef}
          type="button"
          className="account-btn"
          aria-expanded={menuOpen}
          aria-controls="account-menu"
          aria-label={`${t.accountMenu}: ${label}`}
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="account-button"
        >
          <span className="avatar" aria-hidden="true">
            {initials(profile)}
          </span>
          <span className="account-btn__label" data-testid="account-label">
            {label}
          </span>
          <svg className="account-btn__caret" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
      ) : policy?.passwordEnabled === false && !props.onExternalSignIn ? null : (
        // Hidden when the server has no password sign-in and no provider to sign in with.
        <button
          ref={triggerRef}
          type="button"
          className="btn btn--ghost btn--small account-signin"
          onClick={() => (props.onExternalSignIn ? props.onExternalSignIn() : openDialog('sign-in'))}
          disabled={account.kind === 'loading' || policy === null}
          aria-haspopup="dialog"
          data-testid="sign-in-button"
        >
          <PersonIcon />
          <span className="account-signin__label">{t.signIn}</span>
        </button>
      )}

      {signedIn && menuOpen ? (
        <div className="account-menu" id="account-menu" data-testid="account-menu">
          <div className="account-menu__who">
            <span className="avatar avatar--large" aria-hidden="true">
              {initials(profile)}
            </span>
            <div className="account-menu__text">
              <p className="account-menu__caption">{t.signedInAs}</p>
              {profile?.name ? <p className="account-menu__name">{profile.name}</p> : null}
              <p className="account-menu__email" data-testid="account-email">
                {profile?.email ?? t.account}
              </p>
            </div>
          </div>
          <button
            type="button"
            className="btn btn--ghost btn--block account-menu__signout"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                if (await props.onSignOut()) {
                  refocus.current = true;
                  setMenuOpen(false);
                }
              } finally {
                setBusy(false);
              }
            }}
            data-testid="sign-out"
          >
            {t.signOut}
          </button>
        </div>
      ) : null}

      <AuthDialog
        t={t}
        open={dialog !== null && !signedIn}
        policy={policy ?? DEFAULT_AUTH_POLICY}
        mode={mode}
        onMode={setMode}
        onClose={closeDialog}
        onSignedIn={async (result, how) => {
          await props.onSignedIn(result, how);
          refocus.current = true;
          setDialog(null);
        }}
      />
    </div>
  );
}

'use client';
/**
 * The sign-in / create-account dialog: a modal <dialog> (the page behind is inert), Tab kept
 * inside it, Escape closes, one always-present alert region so every refusal is announced.
 */
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import {
  AuthFailure,
  type AuthPolicy,
  authApi,
  looksLikeEmail,
  PASSWORD_MAX_LENGTH,
  type SignedIn,
} from '../lib/auth';
import { fill, type Strings } from '../lib/i18n';

export type AuthMode = 'sign-in' | 'sign-up';

type Problem = { text: string; field?: 'email' | 'password'; offerSignIn?: boolean; throttled?: boolean };

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab cycling inside `root` (a modal dialog must not let focus escape). */
export function trapTab(e: KeyboardEvent<HTMLElement>, root: HTMLElement | null): void {
  if (e.key !== 'Tab' || !root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !root.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !root.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

export function AuthDialog(props: {
  t: Strings;
  open: boolean;
  mode: AuthMode;
  /** The server's policy (GET /api/auth/config): the minimum length checked, hinted and enforced. */
  policy: AuthPolicy;
  onMode(mode: AuthMode): void;
  onClose(): void;
  /** `how`: a new account takes the page's language; an existing one brings its own. */
  onSignedIn(result: SignedIn, how: AuthMode): Promise<void> | void;
}) {
  const { t, mode } = props;
  const minLength = props.policy.passwordMinLength;
  const ref = useRef<HTMLDialogElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** The server's throttle is per account (and IP): the wait applies to the email it refused. */
  const [lock, setLock] = useState<{ email: string; until: number }>({ email: '', until: 0 });
  const [now, setNow] = useState(0);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) {
      setPassword('');
      setProblem(null);
      setReveal(false);
      d.showModal();
      (emailRef.current?.value ? passwordRef.current : emailRef.current)?.focus();
    }
    if (!props.open && d.open) d.close();
  }, [props.open]);

  // The throttle countdown on the submit button; the alert itself is announced once.
  const lockedUntil = lock.email === email.trim().toLowerCase() ? lock.until : 0;
  const waitS = Math.max(0, Math.ceil((lockedUntil - now) / 1000));
  useEffect(() => {
    if (lock.until <= Date.now()) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() < lock.until) return;
      clearInterval(timer);
      // The wait is over: the "too many attempts" notice no longer applies.
      setProblem((p) => (p?.throttled ? null : p));
    }, 1000);
    return () => clearInterval(timer);
  }, [lock]);

  const switchMode = (next: AuthMode) => {
    if (next === mode) return;
    setProblem(null);
    props.onMode(next);
  };

  const explain = (err: unknown): Problem => {
    if (!(err instanceof AuthFailure)) return { text: t.errGeneric };
    switch (err.kind) {
      case 'wrongCredentials':
        return { text: t.errWrongCredentials, field: 'password' };
      case 'throttled': {
        const s = err.retryAfterS ?? 60;
        setLock({ email: email.trim().toLowerCase(), until: Date.now() + s * 1000 });
        return { text: fill(t.errThrottled, { s }), throttled: true };
      }
      case 'emailTaken':
        return { text: t.errEmailTaken, field: 'email', offerSignIn: true };
      case 'passwordShort':
        // Our minimum was met, so the server asks for more than it published.
        return password.length >= minLength
          ? { text: t.errPasswordShortServer, field: 'password' }
          : { text: fill(t.errPasswordShort, { n: minLength }), field: 'password' };
      case 'emailInvalid':
        return { text: t.errEmailInvalid, field: 'email' };
      case 'unavailable':
        return { text: t.errAccountsOff };
      case 'unreachable':
        return { text: t.errUnreachable };
      default:
        return { text: err.message ? `${t.errGeneric}: ${err.message}` : t.errGeneric };
    }
  };

  const show = (p: Problem) => {
    setProblem(p);
    if (p.field === 'email') emailRef.current?.focus();
    if (p.field === 'password') {
      passwordRef.current?.focus();
      passwordRef.current?.select();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || waitS > 0) return;
    const cleanEmail = email.trim();
    if (!looksLikeEmail(cleanEmail)) return show({ text: t.errEmailInvalid, field: 'email' });
    if (!password) return show({ text: t.errPasswordMissing, field: 'password' });
    if (mode === 'sign-up' && password.length < minLength)
      return show({ text: fill(t.errPasswordShort, { n: minLength }), field: 'password' });
    setBusy(true);
    setProblem(null);
    try {
      const cleanName = name.trim();
      const result =
        mode === 'sign-up'
          ? await authApi.signUp({ email: cleanEmail, password, ...(cleanName ? { name: cleanName } : {}) })
          : await authApi.signIn({ email: cleanEmail, password });
      setPassword('');
      setName('');
      await props.onSignedIn(result, mode);
    } catch (err) {
      show(explain(err));
    } finally {
      setBusy(false);
    }
  };

  const tabs: [AuthMode, string][] = [
    ['sign-in', t.signIn],
    ['sign-up', t.createAccount],
  ];
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next: AuthMode = mode === 'sign-in' ? 'sign-up' : 'sign-in';
    const target = e.key === 'Home' ? 'sign-in' : e.key === 'End' ? 'sign-up' : next;
    switchMode(target);
    document.getElementById(`${id}-tab-${target}`)?.focus();
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = (field: 'email' | 'password') => problem?.field === field;
  const describe = (field: 'email' | 'password', extra?: string) =>
    [invalid(field) ? errorId : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const submitLabel =
    waitS > 0
      ? fill(t.retryIn, { s: waitS })
      : busy
        ? mode === 'sign-up'
          ? t.creatingAccount
          : t.signingIn
        : mode === 'sign-up'
          ? t.createAccount
          : t.signIn;

  return (
    <dialog
      ref={ref}
      className="dialog dialog--auth"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(e) => {
        // Escape: let the app's state close it, so open/closed never disagree.
        e.preventDefault();
        props.onClose();
      }}
      onClose={() => {
        // Closed by the browser itself (e.g. a repeated Escape it will not let the page cancel).
        if (props.open) props.onClose();
      }}
      onKeyDown={(e) => trapTab(e, ref.current)}
      data-testid="auth-dialog"
      data-mode={mode}
    >
      <div className="auth__head">
        <h2 id={`${id}-title`}>{mode === 'sign-up' ? t.authTitleUp : t.authTitleIn}</h2>
        <button
          type="button"
          className="icon-btn auth__close"
          onClick={props.onClose}
          aria-label={t.close}
          data-testid="auth-close"
        >
          ×
        </button>
      </div>
      <p id={`${id}-intro`} className="muted auth__intro">
        {mode === 'sign-up' ? t.authIntroUp : t.authIntroIn}
      </p>
      <div className="auth__tabs" role="tablist" aria-label={t.authModes}>
        {tabs.map(([m, label]) => (
          <button
            key={m}
            id={`${id}-tab-${m}`}
            type="button"
            role="tab"
            className="auth__tab"
            aria-selected={mode === m}
            aria-controls={`${id}-panel`}
            tabIndex={mode === m ? 0 : -1}
            onClick={() => switchMode(m)}
            onKeyDown={onTabKey}
            data-testid={`auth-tab-${m}`}
          >
            {label}
          </button>
        ))}
      </div>
      <form
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${mode}`}
        className="auth__form"
        onSubmit={submit}
        noValidate
      >
        <div className="auth__alert" role="alert" id={errorId} data-testid="auth-error">
          {problem ? (
            <div className="alert">
              <p>{problem.text}</p>
              {problem.offerSignIn ? (
                <button type="button" className="link-btn auth__switch" onClick={() => switchMode('sign-in')}>
                  {t.signInInstead}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        {mode === 'sign-up' ? (
          <label className="field">
            <span className="field__label">
              {t.name} <span className="auth__optional">({t.optional})</span>
            </span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
              maxLength={100}
              data-testid="auth-name"
            />
          </label>
        ) : null}
        <label className="field">
          <span className="field__label">{t.email}</span>
          <input
            ref={emailRef}
            className="input"
            type="email"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete={mode === 'sign-up' ? 'email' : 'username'}
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={254}
            aria-invalid={invalid('email') || undefined}
            aria-describedby={describe('email')}
            data-testid="auth-email"
          />
        </label>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-password`}>
            {t.password}
          </label>
          <div className="auth__password">
            <input
              id={`${id}-password`}
              ref={passwordRef}
              className="input"
              type={reveal ? 'text' : 'password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
              required
              minLength={mode === 'sign-up' ? minLength : undefined}
              maxLength={PASSWORD_MAX_LENGTH}
              aria-invalid={invalid('password') || undefined}
              aria-describedby={describe('password', mode === 'sign-up' ? hintId : undefined)}
              data-testid="auth-password"
            />
            <button
              type="button"
              className="auth__reveal"
              aria-pressed={reveal}
              aria-label={reveal ? t.hidePassword : t.showPassword}
              onClick={() => setReveal((r) => !r)}
            >
              {reveal ? t.hide : t.show}
            </button>
          </div>
          {mode === 'sign-up' ? (
            <p id={hintId} className="auth__hint muted">
              {fill(t.passwordHint, { n: minLength })}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          className="btn btn--primary btn--block"
          disabled={busy || waitS > 0}
          aria-busy={busy || undefined}
          data-testid="auth-submit"
        >
          {submitLabel}
        </button>
      </form>
    </dialog>
  );
}

'use client';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { api, type CartReply, formatMoney } from '../lib/api';
import type { Strings } from '../lib/i18n';
import type { CartLine, CartView, Language } from '../lib/types';

/** "42 · Navy", with other options by name: "Nib Size: Fine · Material: Aluminium". */
export function variantLabel(line: Pick<CartLine, 'size' | 'color' | 'options'>): string {
  const options = Object.entries(line.options ?? {}).map(([name, value]) => `${name}: ${value}`);
  return [line.size, line.color, ...options].filter(Boolean).join(' · ');
}

/** The cart's line and promo actions on the shop API; a refusal goes to `fail` (the screen's toast). */
export function cartActions(lang: Language, apply: (reply: CartReply) => void, fail: (err: unknown) => void) {
  const attempt = async (op: () => Promise<CartReply>): Promise<boolean> => {
    try {
      apply(await op());
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };
  return {
    onQuantity: async (itemId: string, quantity: number) => {
      await attempt(() =>
        quantity <= 0 ? api.removeItem(lang, itemId) : api.updateItem(lang, itemId, quantity),
      );
    },
    onRemove: async (itemId: string) => {
      await attempt(() => api.removeItem(lang, itemId));
    },
    onPromo: (code: string) => attempt(() => api.applyPromo(lang, code)),
  };
}

export function Cart(props: {
  t: Strings;
  lang: Language;
  cart: CartView | null;
  onQuantity(itemId: string, quantity: number): Promise<void>;
  onRemove(itemId: string): Promise<void>;
  onPromo(code: string): Promise<boolean>;
  onCheckout(): Promise<void>;
  children?: ReactNode;
}) {
  const { t, lang, cart } = props;
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const items = cart?.items ?? [];
  const count = items.reduce((n, i) => n + i.quantity, 0);
  const money = (v: number) => formatMoney(v, cart?.currency ?? 'EUR', lang);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const submitPromo = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return;
    void run(async () => {
      if (await props.onPromo(code.trim())) setCode('');
    });
  };

  return (
    <section className="panel cart" id="cart" aria-labelledby="cart-title" data-testid="cart">
      <h2 id="cart-title" className="panel__title">
        {t.cart}
        {count > 0 ? (
          <span className="count" data-testid="cart-count">
            {count}
          </span>
        ) : null}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t.cartEmpty}</p>
      ) : (
        <ul className="lines">
          {items.map((line) => (
            <li key={line.itemId} className="line" data-testid="cart-line">
              {/* biome-ignore lint/performance/noImgElement: static export */}
              <img className="line__img" src={line.image} alt="" width={56} height={56} />
              <div className="line__main">
                <p className="line__name">{line.name}</p>
                <p className="line__variant muted" data-testid="cart-line-variant">
                  {variantLabel(line)}
                </p>
                {/* biome-ignore lint/a11y/useSemanticElements: a compact inline control group, not a form section */}
                <div className="stepper" role="group" aria-label={`${t.quantity}: ${line.name}`}>
                  <button
                    type="button"
                    className="stepper__btn"
                    aria-label={t.decrease}
                    disabled={busy}
                    onClick={() => void run(() => props.onQuantity(line.itemId, line.quantity - 1))}
                  >
                    −
                  </button>
                  <output className="stepper__value" aria-live="polite">
                    {line.quantity}
                  </output>
                  <button
                    type="button"
                    className="stepper__btn"
                    aria-label={t.increase}
                    disabled={busy}
                    onClick={() => void run(() => props.onQuantity(line.itemId, line.quantity + 1))}
                  >
                    +
                  </button>
                  <button
                    type="button"
                    className="link-btn"
                    disabled={busy}
                    onClick={() => void run(() => props.onRemove(line.itemId))}
                  >
                    {t.remove}
                  </button>
                </div>
              </div>
              <p className="line__total">{money(line.lineTotal)}</p>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 ? (
        <>
          <form className="promo" onSubmit={submitPromo}>
            <label htmlFor="promo-input" className="visually-hidden">
              {t.promo}
            </label>
            <input
              id="promo-input"
              className="input input--small"
              placeholder={t.promo}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="btn btn--ghost btn--small" disabled={busy || !code.trim()}>
              {t.apply}
            </button>
          </form>
          <dl className="totals">
            <div>
              <dt>{t.subtotal}</dt>
              <dd>{money(cart?.subtotal ?? 0)}</dd>
            </div>
            {cart?.promo ? (
              <div className="totals__discount">
                <dt>
                  {t.discount} <span className="tag">{cart.promo.code}</span>
                </dt>
                <dd>−{money(cart.discount)}</dd>
              </div>
            ) : null}
            <div className="totals__total">
              <dt>{t.total}</dt>
              <dd data-testid="cart-total">{money(cart?.total ?? 0)}</dd>
            </div>
          </dl>
          <button
            type="button"
            className="btn btn--primary btn--block"
            disabled={busy}
            onClick={() => void run(props.onCheckout)}
            data-testid="checkout"
          >
            {t.checkout}
          </button>
        </>
      ) : null}
      {props.children}
    </section>
  );
}

export function ConfirmDialog(props: {
  t: Strings;
  summary: string | null;
  onConfirm(): Promise<void>;
  onCancel(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // Non-modal on purpose: the shopper may still answer by voice or type "yes" in the composer.
    if (props.summary && !d.open) {
      d.show();
      confirmRef.current?.focus();
    }
    if (!props.summary && d.open) d.close();
  }, [props.summary]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-summary"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
      data-testid="confirm-dialog"
    >
      <h2 id="confirm-title">{props.t.confirmTitle}</h2>
      <p id="confirm-summary" className="dialog__summary">
        {props.summary}
      </p>
      <p className="muted">{props.t.confirmHint}</p>
      <div className="dialog__actions">
        <button type="button" className="btn btn--ghost" onClick={props.onCancel} disabled={busy}>
          {props.t.cancel}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          ref={confirmRef}
          data-testid="confirm-order"
          onClick={async () => {
            setBusy(true);
            try {
              await props.onConfirm();
            } finally {
              setBusy(false);
            }
          }}
        >
          {props.t.confirm}
        </button>
      </div>
    </dialog>
  );
}

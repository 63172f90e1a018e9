'use client';
/** The shopper's screen: assistant, product carousel, cart, checkout, orders, saved items, history. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, type CartReply } from '../lib/api';
import { type AuthPolicy, authApi, profileOf, type SignedIn } from '../lib/auth';
import type { ClerkLike } from '../lib/clerk';
import { SPOKEN_YES, STRINGS } from '../lib/i18n';
import type { Language, Me, ProductCard, UiEvent } from '../lib/types';
import { prepareClerk, useClerkAccount } from '../lib/useClerk';
import { useTransports } from '../lib/useTransports';
import { useVoice } from '../lib/useVoice';
import { Orders } from './Account';
import { AccountMenu, type AccountState } from './AccountMenu';
import { HistoryPanel, OrdersPanel, SavedPanel } from './AccountPanels';
import { Assistant } from './Assistant';
import type { AuthMode } from './AuthDialog';
import { Cart, ConfirmDialog, cartActions } from './Cart';
import { convexErrorMessage, convexProblemText } from './ConvexData';
import { Header, type Tab } from './Header';
import { type OptionChoice, Products } from './Products';
import { useToast } from './Toast';
import { useConvexSource } from './useConvexSource';
import { useShopperData } from './useShopperData';

const CHECKOUT_PHRASE: Record<Language, string> = {
  en: 'I would like to check out.',
  es: 'Quiero finalizar la compra.',
};

function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  const stored = window.localStorage.getItem('vs-lang');
  if (stored === 'en' || stored === 'es') return stored;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The header's view of GET /api/me: the server is the one place an account's email and name live. */
function accountOf(me: Me): AccountState {
  return me.kind === 'guest' ? { kind: 'guest' } : { kind: 'account', profile: profileOf(me) };
}

export function ShopApp() {
  const [lang, setLang] = useState<Language>('en');
  const transports = useTransports();
  const [tab, setTab] = useState<Tab>('shop');
  const [confirm, setConfirm] = useState<{ summary: string; token: string } | null>(null);
  const [newOrder, setNewOrder] = useState<string | null>(null);
  const [account, setAccount] = useState<AccountState>({ kind: 'loading' });
  const [policy, setPolicy] = useState<AuthPolicy | null>(null);
  const [clerk, setClerk] = useState<ClerkLike | null>(null);
  /** Who the data on screen belongs to (GET /api/me); null until known. Changing it reloads everything. */
  const [identity, setIdentity] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const t = STRINGS[lang];
  // Convex mode (a deployment configured, a Clerk user signed in): saved items and history live there.
  const convex = useConvexSource({
    config: policy?.convex ?? null,
    clerk,
    signedIn: account.kind === 'account' && Boolean(clerk?.user),
    withHistory: tab === 'history',
  });

  const { notify, element: toast } = useToast();

  const fail = useCallback(
    (err: unknown) => {
      const e = err as ApiError;
      notify(
        e instanceof ApiError && e.status === 0 ? STRINGS[lang].errUnreachable : (e.message ?? String(err)),
        'error',
      );
    },
    [lang, notify],
  );

  const data = useShopperData({
    lang,
    identity,
    generation,
    convexActive: convex.active,
    historyOpen: tab === 'history',
    fail,
  });
  const { products, setProducts, cart, setCart, orders, setOrders, saved, setSaved } = data;
  const shownSaved = convex.active ? (convex.saved ?? []) : saved;

  const onUiEvent = useCallback(
    (ev: UiEvent) => {
      switch (ev.type) {
        case 'products':
          setProducts({ kind: 'products', query: ev.query, items: ev.items });
          setTab('shop');
          break;
        case 'research':
          setProducts({
            kind: 'research',
            query: ev.query,
            summary: ev.summary,
            items: ev.items,
            documents: ev.documents ?? [],
            web: ev.web ?? [],
          });
          setTab('shop');
          break;
        case 'cart':
          setCart(ev.cart);
          break;
        case 'confirm':
          setConfirm({ summary: ev.summary, token: ev.token });
          break;
        case 'order':
          setConfirm(null);
          setOrders((list) => [ev.order, ...list.filter((o) => o.id !== ev.order.id)]);
          setNewOrder(ev.order.id);
          notify(`${STRINGS[lang].orderPlaced}: ${ev.order.id}`);
          void api.cart(lang).then(
            (r) => setCart(r.cart),
            () => undefined,
          );
          break;
      }
    },
    [lang, notify, setProducts, setCart, setOrders],
  );

  const voice = useVoice({
    language: lang,
    transport: transports.startable.find((tr) => tr.kind === transports.chosen),
    onUiEvent,
  });
  const [reconnect, setReconnect] = useState(false);
  useEffect(() => {
    // Runs after the new language reached the voice hook, so the next session starts in it.
    if (!reconnect) return;
    setReconnect(false);
    void voice.connect();
  }, [reconnect, voice.connect]);

  // First load: preferences, then the shopper's data.
  useEffect(() => {
    const l = initialLanguage();
    setLang(l);
    // Earlier versions kept the account's email and name here; the server has them now.
    window.localStorage.removeItem('vs-account');
    // The policy (and Clerk, when the server names it, so a restored session is used) before
    // one identity request, and that before the data requests: a first visit makes one guest.
    void authApi
      .policy()
      .then(async (p) => {
        setPolicy(p);
        setClerk(await prepareClerk(p));
        return api.me();
      })
      .then(
        (me) => {
          setAccount(accountOf(me));
          setIdentity(me.userId);
        },
        () => {
          setAccount({ kind: 'guest' });
          setIdentity('');
        },
      );
  }, []);

  /**
   * The shopper became someone else (signed in or out): nothing of the previous identity stays on
   * screen, the data reloads for the new one, and a live conversation restarts so the assistant's
   * tools act for the new identity (a session keeps the identity it started with).
   */
  const switchIdentity = async (userId: string): Promise<boolean> => {
    const wasLive = voice.state !== 'idle';
    if (wasLive) await voice.disconnect();
    voice.clearConversation();
    setConfirm(null);
    setNewOrder(null);
    data.clear();
    setIdentity(userId);
    setGeneration((g) => g + 1);
    if (wasLive) setReconnect(true);
    return wasLive;
  };

  const onSignedIn = async (result: SignedIn, how: AuthMode) => {
    // Signed in already; without the profile the header shows a generic "Account" label.
    const me = await api.me().catch(() => null);
    const profile = me ? profileOf(me) : { userId: result.userId };
    let next = lang;
    if (how === 'sign-up') {
      // A new account has no preference of its own yet: it keeps the one it was created in.
      void api.setLanguage(lang).catch(() => undefined);
    } else if (me && me.language !== lang) {
      // An existing account brings its language; set before the restart so a live conversation
      // resumes in it.
      next = me.language;
      window.localStorage.setItem('vs-lang', next);
      setLang(next);
    }
    setAccount({ kind: 'account', profile });
    const restarted = await switchIdentity(result.userId);
    const s = STRINGS[next];
    const who = profile.name || profile.email;
    const parts = [who ? `${s.signedIn}: ${who}` : s.signedIn];
    if (result.movedCartItems > 0) parts.push(`${s.cartMoved} (${result.movedCartItems})`);
    if (restarted) parts.push(s.restartSignedIn);
    notify(parts.join('. '));
  };

  const onSignOut = async (): Promise<boolean> => {
    try {
      await authApi.signOut();
      const me = await api.me();
      setAccount(accountOf(me));
      const restarted = await switchIdentity(me.userId);
      notify(restarted ? `${t.signedOut} ${t.restartSignedOut}` : t.signedOut);
      return true;
    } catch {
      notify(t.errSignOut, 'error');
      return false;
    }
  };

  const clerkAccount = useClerkAccount(clerk, {
    signedIn: (result) => onSignedIn(result, 'sign-in'),
    signedOut: async () => {
      const me = await api.me();
      setAccount(accountOf(me));
      const restarted = await switchIdentity(me.userId);
      notify(restarted ? `${t.signedOut} ${t.restartSignedOut}` : t.signedOut);
    },
    failed: fail,
  });

  const changeLanguage = async (next: Language) => {
    if (next === lang) return;
    window.localStorage.setItem('vs-lang', next);
    const wasConnected = voice.connected;
    if (wasConnected) await voice.disconnect();
    setLang(next);
    void api.setLanguage(next).catch(() => undefined);
    if (wasConnected) {
      notify(STRINGS[next].restartLanguage);
      setReconnect(true);
    }
  };

  const applyCart = (r: CartReply) => setCart(r.cart);

  const addToCart = async (card: ProductCard, size?: string, color?: string, options?: OptionChoice) => {
    try {
      applyCart(await api.addToCart(lang, { productId: card.id, size, color, options, quantity: 1 }));
      notify(`${t.addedToCart}: ${card.name}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'variant_required') notify(t.sizeRequired, 'error');
      else fail(err);
    }
  };

  const saveItem = async (card: ProductCard, size?: string, color?: string) => {
    if (convex.active) {
      // Convex down or refusing: say so now, rather than queue a save nobody sees happen.
      if (convex.problem) return notify(convexProblemText(t, convex.problem), 'error');
      try {
        await convex.save(card);
        notify(`${t.savedForLater}: ${card.name}`);
      } catch (err) {
        notify(convexProblemText(t, { kind: 'failed', message: convexErrorMessage(err) }), 'error');
      }
      return;
    }
    try {
      const r = await api.save(lang, { productId: card.id, size, color });
      setSaved((list) => [r.saved, ...list.filter((s) => s.product.id !== card.id)]);
      notify(`${t.savedForLater}: ${card.name}`);
    } catch (err) {
      fail(err);
    }
  };

  const checkout = async () => {
    if (voice.connected) {
      // The assistant reads the order back aloud and opens the same confirmation.
      await voice.sendText(CHECKOUT_PHRASE[lang]);
      return;
    }
    try {
      const p = await api.prepareOrder(lang);
      applyCart(p);
      setConfirm({ summary: p.summary, token: p.token });
    } catch (err) {
      fail(err);
    }
  };

  const confirmOrder = async () => {
    if (!confirm) return;
    try {
      // Same token the assistant holds: a click and a spoken "yes" place one order, never two.
      const r = await api.confirmOrder(lang, confirm.token);
      onUiEvent({ type: 'order', order: r.order });
      if (voice.connected) void voice.sendText(SPOKEN_YES[lang]);
    } catch (err) {
      if (voice.connected) void voice.sendText(SPOKEN_YES[lang]);
      else fail(err);
      setConfirm(null);
    }
  };

  const savedIds = useMemo(() => new Set(shownSaved.map((s) => s.product.id)), [shownSaved]);
  const cartCount = (cart?.items ?? []).reduce((n, i) => n + i.quantity, 0);

  return (
    <>
      <a className="skip" href="#main">
        {t.skip}
      </a>
      <Header
        t={t}
        lang={lang}
        onLanguage={changeLanguage}
        tab={tab}
        onTab={setTab}
        cartCount={cartCount}
        account={
          <AccountMenu
            t={t}
            account={account}
            policy={policy}
            onSignedIn={onSignedIn}
            onSignOut={clerkAccount.available ? clerkAccount.signOut : onSignOut}
            onExternalSignIn={clerkAccount.available ? clerkAccount.signIn : undefined}
          />
        }
      />
      <main id="main" className="layout">
        <Assistant
          t={t}
          lang={lang}
          voice={voice}
          transports={transports.startable}
          transportsLoading={transports.loading}
          transport={transports.chosen}
          onTransport={transports.choose}
        />
        <div className="content">
          {tab === 'shop' ? (
            <Products t={t} lang={lang} view={products} add={addToCart} save={saveItem} savedIds={savedIds} />
          ) : null}
          {tab === 'orders' ? <OrdersPanel t={t} lang={lang} orders={orders} highlight={newOrder} /> : null}
          {tab === 'saved' ? (
            <SavedPanel t={t} lang={lang} saved={saved} convex={convex} onAdd={addToCart} />
          ) : null}
          {tab === 'history' ? (
            <HistoryPanel
              t={t}
              lang={lang}
              conversations={data.conversations}
              research={data.research}
              transportLabels={transports.labels}
              convex={convex}
            />
          ) : null}
        </div>
        <Cart t={t} lang={lang} cart={cart} {...cartActions(lang, applyCart, fail)} onCheckout={checkout}>
          {orders.length > 0 && tab !== 'orders' ? (
            <div className="cart__orders">
              <h2 className="panel__title">{t.latestOrder}</h2>
              <Orders t={t} lang={lang} orders={orders.slice(0, 1)} highlight={newOrder} />
            </div>
          ) : null}
        </Cart>
      </main>
      <ConfirmDialog
        t={t}
        summary={confirm?.summary ?? null}
        onConfirm={confirmOrder}
        onCancel={() => setConfirm(null)}
      />
      {convex.element}
      {toast}
    </>
  );
}

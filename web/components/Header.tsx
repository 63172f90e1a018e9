'use client';
import type { ReactNode } from 'react';
import type { Strings } from '../lib/i18n';
import type { Language } from '../lib/types';

export type Tab = 'shop' | 'saved' | 'orders' | 'history';

export function Header(props: {
  t: Strings;
  lang: Language;
  onLanguage(lang: Language): void;
  tab: Tab;
  onTab(tab: Tab): void;
  cartCount: number;
  /** The account control (sign in, or the signed-in account's menu). */
  account?: ReactNode;
}) {
  const { t } = props;
  const tabs: [Tab, string][] = [
    ['shop', t.navShop],
    ['saved', t.navSaved],
    ['orders', t.navOrders],
    ['history', t.navHistory],
  ];
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <a className="brand" href="./" aria-label="Voice Shopper">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <rect width="32" height="32" rx="9" fill="currentColor" />
              <path
                d="M9 13v6M13 10v12M17 12v8M21 9v14M25 14v4"
                stroke="#fff"
                strokeWidth="2.4"
                strokeLinecap="round"
              />
            </svg>
          </span>
          <span className="brand__text">
            <strong>Voice Shopper</strong>
            <span className="brand__tag">{t.tagline}</span>
          </span>
        </a>
        <nav className="tabs" aria-label="Sections">
          {tabs.map(([id, label]) => (
            <button
              key={id}
              type="button"
              className="tabs__tab"
              aria-current={props.tab === id ? 'page' : undefined}
              onClick={() => props.onTab(id)}
              data-testid={`tab-${id}`}
            >
              {label}
            </button>
          ))}
        </nav>
        <div className="topbar__end">
          <fieldset className="segmented" aria-label={t.language}>
            {(['en', 'es'] as const).map((l) => (
              <button
                key={l}
                type="button"
                className="segmented__opt"
                aria-pressed={props.lang === l}
                onClick={() => props.onLanguage(l)}
                lang={l}
                data-testid={`lang-${l}`}
              >
                {l === 'en' ? 'EN' : 'ES'}
                <span className="visually-hidden">{l === 'en' ? ' English' : ' Español'}</span>
              </button>
            ))}
          </fieldset>
          {props.account}
          <a className="cart-link" href="#cart" aria-label={`${t.cart}: ${props.cartCount}`}>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <path
                d="M3 4h2l2.2 10.2a2 2 0 0 0 2 1.6h7.6a2 2 0 0 0 2-1.5L20.5 8H6.2"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              <circle cx="10" cy="19.5" r="1.4" fill="currentColor" />
              <circle cx="17" cy="19.5" r="1.4" fill="currentColor" />
            </svg>
            {props.cartCount > 0 ? <span className="cart-link__count">{props.cartCount}</span> : null}
          </a>
        </div>
      </div>
    </header>
  );
}

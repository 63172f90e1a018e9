'use client';
import { useRef, useState } from 'react';
import { formatMoney } from '../lib/api';
import type { Strings } from '../lib/i18n';
import type { Language, ProductCard } from '../lib/types';
import { ResearchSources } from './ResearchSources';

export interface ProductsView {
  kind: 'products' | 'research' | 'featured';
  query: string;
  summary?: string;
  /** What a research summary cites (research only). */
  documents?: readonly { title: string }[];
  web?: readonly { title: string; url: string }[];
  items: ProductCard[];
}

/** Chosen values of a product's other options ({Volume: "50 ml"}). */
export type OptionChoice = Record<string, string>;

export interface CardActions {
  add(card: ProductCard, size?: string, color?: string, options?: OptionChoice): Promise<void>;
  save(card: ProductCard, size?: string, color?: string): Promise<void>;
  savedIds: ReadonlySet<string>;
}

export function Products(props: { t: Strings; lang: Language; view: ProductsView | null } & CardActions) {
  const { t, view } = props;
  const rowRef = useRef<HTMLUListElement>(null);
  const scroll = (dir: 1 | -1) => {
    const el = rowRef.current;
    if (el) el.scrollBy({ left: dir * el.clientWidth * 0.85, behavior: 'smooth' });
  };
  return (
    <section className="panel products" aria-labelledby="products-title">
      <header className="products__head">
        <div>
          <h2 id="products-title" className="panel__title">
            {view?.kind === 'research' ? t.research : view?.kind === 'featured' ? t.featured : t.products}
          </h2>
          {view?.query ? (
            <p className="products__query" data-testid="products-query">
              {t.resultsFor} “{view.query}”
            </p>
          ) : null}
        </div>
        {view && view.items.length > 1 ? (
          <div className="products__nav">
            <button type="button" className="icon-btn" onClick={() => scroll(-1)} aria-label={t.previous}>
              ‹
            </button>
            <button type="button" className="icon-btn" onClick={() => scroll(1)} aria-label={t.next}>
              ›
            </button>
          </div>
        ) : null}
      </header>
      {view?.summary ? (
        <p className="products__summary" data-testid="research-summary">
          {view.summary}
        </p>
      ) : null}
      {view?.kind === 'research' ? (
        <ResearchSources
          t={t}
          documents={view.documents ?? []}
          web={view.web ?? []}
          className="products__sources"
        />
      ) : null}
      {!view || view.items.length === 0 ? (
        <div className="empty">
          <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
            <path
              d="M10 14h28l-3 22H13L10 14Zm6 0a8 8 0 0 1 16 0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinejoin="round"
            />
          </svg>
          <p>{t.productsEmpty}</p>
        </div>
      ) : (
        <ul className="carousel" ref={rowRef} data-testid="carousel">
          {view.items.map((card) => (
            <ProductTile key={card.id} card={card} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProductTile(props: { card: ProductCard; t: Strings; lang: Language } & CardActions) {
  const { card, t, lang } = props;
  const sizes = card.sizes;
  const colors = card.colors;
  const firstIn = <T extends { inStock: boolean }>(xs: T[]) => (xs.length === 1 ? xs[0] : undefined);
  const [size, setSize] = useState<string | undefined>(firstIn(sizes)?.size);
  const [color, setColor] = useState<string | undefined>(firstIn(colors)?.color);
  const options = card.options ?? [];
  // An option with one value is chosen already, like a single size or colour.
  const [chosen, setChosen] = useState<OptionChoice>(() =>
    Object.fromEntries(
      options.flatMap((o) => {
        const only = firstIn(o.values);
        return only ? [[o.name, only.value]] : [];
      }),
    ),
  );
  const choose = (name: string, value: string) =>
    setChosen((c) => {
      const { [name]: current, ...rest } = c;
      return current === value ? rest : { ...rest, [name]: value };
    });
  const [busy, setBusy] = useState(false);
  const saved = props.savedIds.has(card.id);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const titleId = `p-${card.id}`;
  return (
    <li className="card" aria-labelledby={titleId} data-testid="product-card" data-product-id={card.id}>
      <div className="card__media">
        {/* biome-ignore lint/performance/noImgElement: static export, images are served by the shop */}
        <img src={card.image} alt="" loading="lazy" width={320} height={240} />
        <span className={`badge ${card.inStock ? 'badge--ok' : 'badge--muted'}`}>
          {card.inStock ? t.inStock : t.outOfStock}
        </span>
      </div>
      <div className="card__body">
        <p className="card__brand">{card.brand}</p>
        <h3 className="card__name" id={titleId}>
          {card.name}
        </h3>
        <p className="card__price">{formatMoney(card.price, card.currency, lang)}</p>
        <p className="card__summary">{card.summary}</p>
        {sizes.length > 0 ? (
          <fieldset className="chips">
            <legend className="chips__legend">{t.sizes}</legend>
            {sizes.map((s) => (
              <button
                key={s.size}
                type="button"
                className="chip"
                aria-pressed={size === s.size}
                disabled={!s.inStock}
                onClick={() => setSize(size === s.size ? undefined : s.size)}
                title={s.inStock ? t.inStock : t.outOfStock}
              >
                {s.size}
              </button>
            ))}
          </fieldset>
        ) : null}
        {colors.length > 0 ? (
          <fieldset className="chips">
            <legend className="chips__legend">{t.colors}</legend>
            {colors.map((c) => (
              <button
                key={c.color}
                type="button"
                className="chip chip--color"
                aria-pressed={color === c.color}
                disabled={!c.inStock}
                onClick={() => setColor(color === c.color ? undefined : c.color)}
              >
                <span className="swatch" style={{ background: swatch(c.color) }} aria-hidden="true" />
                {c.color}
              </button>
            ))}
          </fieldset>
        ) : null}
        {options.map((o) => (
          <fieldset className="chips" key={o.name} data-testid="option" data-option={o.name}>
            <legend className="chips__legend">{o.name}</legend>
            {o.values.map((v) => (
              <button
                key={v.value}
                type="button"
                className={`chip${v.inStock ? '' : ' chip--soldout'}`}
                aria-pressed={chosen[o.name] === v.value}
                disabled={!v.inStock}
                data-sold-out={v.inStock ? undefined : 'true'}
                onClick={() => choose(o.name, v.value)}
                title={v.inStock ? t.inStock : t.outOfStock}
              >
                <span className="chip__value">{v.value}</span>
                {v.inStock ? null : <span className="chip__note">{t.outOfStock}</span>}
              </button>
            ))}
          </fieldset>
        ))}
        <div className="card__actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy || !card.inStock}
            onClick={() =>
              void run(() =>
                props.add(card, size, color, Object.keys(chosen).length > 0 ? chosen : undefined),
              )
            }
          >
            {t.addToCart}
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            aria-pressed={saved}
            disabled={busy}
            onClick={() => void run(() => props.save(card, size, color))}
          >
            {saved ? `♥ ${t.saved}` : `♡ ${t.save}`}
          </button>
        </div>
        {card.url ? (
          <a className="card__link" href={card.url} target="_blank" rel="noreferrer">
            {t.details}
            <span className="visually-hidden">: {card.name}</span>
          </a>
        ) : null}
      </div>
    </li>
  );
}

const SWATCHES: Record<string, string> = {
  black: '#1f2328',
  negro: '#1f2328',
  white: '#f6f7f9',
  blanco: '#f6f7f9',
  grey: '#8b929a',
  gray: '#8b929a',
  gris: '#8b929a',
  navy: '#1f3a68',
  marino: '#1f3a68',
  blue: '#2f6fde',
  azul: '#2f6fde',
  red: '#d23b3b',
  rojo: '#d23b3b',
  green: '#2e8b57',
  verde: '#2e8b57',
  olive: '#6b7a3a',
  yellow: '#e8c547',
  amarillo: '#e8c547',
  orange: '#ee8a2f',
  naranja: '#ee8a2f',
  pink: '#e98bb5',
  rosa: '#e98bb5',
  purple: '#7a4fc4',
  morado: '#7a4fc4',
  brown: '#7b5234',
  marrón: '#7b5234',
  beige: '#d8c7a6',
};

function swatch(color: string): string {
  const key = color.toLowerCase();
  for (const [name, hex] of Object.entries(SWATCHES)) if (key.includes(name)) return hex;
  return 'linear-gradient(135deg, #c9ced6, #eef0f3)';
}

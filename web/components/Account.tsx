'use client';
/** The shopper's orders, saved items and past conversations. */
import { formatMoney } from '../lib/api';
import type { Strings } from '../lib/i18n';
import type {
  ConversationSummary,
  Language,
  OrderStatus,
  OrderView,
  ProductCard,
  ResearchSummary,
  SavedEntry,
} from '../lib/types';
import { ResearchSources } from './ResearchSources';

const STATUS: Record<OrderStatus, keyof Strings> = {
  placed: 'statusPlaced',
  paid: 'statusPaid',
  shipped: 'statusShipped',
  delivered: 'statusDelivered',
  cancelled: 'statusCancelled',
};

function when(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function Orders(props: {
  t: Strings;
  lang: Language;
  orders: OrderView[];
  highlight?: string | null;
}) {
  const { t, lang } = props;
  if (props.orders.length === 0) return <p className="muted">{t.ordersEmpty}</p>;
  return (
    <ul className="orders" data-testid="orders">
      {props.orders.map((o) => (
        <li
          key={o.id}
          className={`order${props.highlight === o.id ? ' order--new' : ''}`}
          data-testid="order"
          data-order-id={o.id}
        >
          <div className="order__head">
            <p className="order__id">
              {t.order} <strong>{o.id}</strong>
            </p>
            <span className={`status status--${o.status}`}>{t[STATUS[o.status]]}</span>
          </div>
          <p className="muted order__when">{when(o.createdAt, lang)}</p>
          <ul className="order__items">
            {o.items.map((i) => (
              <li key={i.itemId}>
                {i.quantity} × {i.name}
                {i.size || i.color ? (
                  <span className="muted"> ({[i.size, i.color].filter(Boolean).join(', ')})</span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="order__total">
            {t.total}: <strong>{formatMoney(o.total, o.currency, lang)}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function Saved(props: {
  t: Strings;
  lang: Language;
  saved: SavedEntry[];
  onAdd(card: ProductCard, size?: string, color?: string): Promise<void>;
}) {
  const { t, lang } = props;
  if (props.saved.length === 0) return <p className="muted">{t.savedEmpty}</p>;
  return (
    <ul className="saved" data-testid="saved">
      {props.saved.map((s) => (
        <li key={s.savedId} className="saved__item">
          {/* biome-ignore lint/performance/noImgElement: static export */}
          <img src={s.product.image} alt="" width={72} height={72} />
          <div className="saved__main">
            <p className="card__brand">{s.product.brand}</p>
            <p className="line__name">{s.product.name}</p>
            <p className="muted">
              {[s.size, s.color].filter(Boolean).join(' · ')}
              {s.note ? ` — ${s.note}` : ''}
            </p>
          </div>
          <div className="saved__side">
            <p className="card__price">{formatMoney(s.product.price, s.product.currency, lang)}</p>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              disabled={!s.product.inStock}
              onClick={() => void props.onAdd(s.product, s.size ?? undefined, s.color ?? undefined)}
            >
              {s.product.inStock ? t.addToCart : t.outOfStock}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function History(props: {
  t: Strings;
  lang: Language;
  conversations: ConversationSummary[];
  research: ResearchSummary[];
  /** Transport labels by kind (GET /api/transports); an unknown kind is shown as it is. */
  transportLabels: ReadonlyMap<string, string>;
}) {
  const { t, lang } = props;
  if (props.conversations.length === 0 && props.research.length === 0)
    return <p className="muted">{t.historyEmpty}</p>;
  return (
    <>
      {props.research.length > 0 ? <ResearchHistory t={t} lang={lang} research={props.research} /> : null}
      <Conversations {...props} />
    </>
  );
}

function ResearchHistory(props: { t: Strings; lang: Language; research: ResearchSummary[] }) {
  const { t, lang } = props;
  return (
    <>
      <h3 className="history__heading">{t.researchHistory}</h3>
      <ul className="history" data-testid="research-history">
        {props.research.map((r) => (
          <li key={r.researchId} className="history__item">
            <p className="history__quote">“{r.query}”</p>
            {r.summary ? <p>{r.summary}</p> : null}
            <p className="muted">
              {when(r.createdAt, lang)} · {r.items.map((p) => p.name).join(', ')}
            </p>
            <ResearchSources t={t} documents={r.sources.passages} web={r.sources.web} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Conversations(props: {
  t: Strings;
  lang: Language;
  conversations: ConversationSummary[];
  transportLabels: ReadonlyMap<string, string>;
}) {
  const { t, lang } = props;
  if (props.conversations.length === 0) return null;
  return (
    <ul className="history" data-testid="history">
      {props.conversations.map((c) => (
        <li key={c.id} className="history__item">
          <p className="history__quote">{c.firstUtterance ? `“${c.firstUtterance}”` : t.noTranscript}</p>
          <p className="muted">
            {when(c.startedAt, lang)} · {props.transportLabels.get(c.transport) ?? c.transport} ·{' '}
            {(c.language ?? 'en').toUpperCase()} · {c.events} {t.events}
          </p>
        </li>
      ))}
    </ul>
  );
}

'use client';
/**
 * The shop screen's Orders, Saved and History tabs. In Convex mode the Saved list and the
 * conversations come from Convex (with a notice while they load or when Convex cannot give
 * them); otherwise from the REST API the screen loaded.
 */
import type { Strings } from '../lib/i18n';
import type {
  ConversationSummary,
  Language,
  OrderView,
  ProductCard,
  ResearchSummary,
  SavedEntry,
} from '../lib/types';
import { History, Orders, Saved } from './Account';
import { ConvexNotice } from './ConvexData';
import type { ConvexSource } from './useConvexSource';

function Panel(props: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="panel" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} className="panel__title">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

export function OrdersPanel(props: {
  t: Strings;
  lang: Language;
  orders: OrderView[];
  highlight: string | null;
}) {
  return (
    <Panel id="orders" title={props.t.orders}>
      <Orders t={props.t} lang={props.lang} orders={props.orders} highlight={props.highlight} />
    </Panel>
  );
}

export function SavedPanel(props: {
  t: Strings;
  lang: Language;
  /** From the REST API (used when Convex mode is off). */
  saved: SavedEntry[];
  convex: ConvexSource;
  onAdd(card: ProductCard, size?: string, color?: string): Promise<void>;
}) {
  const { t, lang, convex } = props;
  if (!convex.active)
    return (
      <Panel id="saved" title={t.navSaved}>
        <Saved t={t} lang={lang} saved={props.saved} onAdd={props.onAdd} />
      </Panel>
    );
  return (
    <Panel id="saved" title={t.navSaved}>
      <ConvexNotice t={t} problem={convex.problem} loading={convex.saved === null} />
      {/* No list before Convex gave one: "nothing saved" would be untrue. */}
      {convex.saved === null ? null : <Saved t={t} lang={lang} saved={convex.saved} onAdd={props.onAdd} />}
    </Panel>
  );
}

export function HistoryPanel(props: {
  t: Strings;
  lang: Language;
  /** From the REST API (used when Convex mode is off). */
  conversations: ConversationSummary[];
  research: ResearchSummary[];
  transportLabels: ReadonlyMap<string, string>;
  convex: ConvexSource;
}) {
  const { t, lang, convex } = props;
  return (
    <Panel id="history" title={t.history}>
      {convex.active ? (
        <ConvexNotice t={t} problem={convex.problem} loading={convex.conversations === null} />
      ) : null}
      <History
        t={t}
        lang={lang}
        conversations={convex.active ? (convex.conversations ?? []) : props.conversations}
        research={props.research}
        transportLabels={props.transportLabels}
      />
    </Panel>
  );
}

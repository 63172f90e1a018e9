'use client';
/**
 * The shop owner's console: active sessions, recorded conversations with their events, and a
 * live debug view of one session from `/ws/debug` with the per-turn latency breakdown.
 */
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, adminApi, type RecordedEvent } from '../lib/api';
import { type DebugEvent, median, type TurnLatency, turnLatencies } from '../lib/latency';
import type { ConversationSummary, Me, SessionInfo } from '../lib/types';
import { ProviderHealth } from './ProviderHealth';

const MAX_LIVE = 500;

function kindClass(kind: string): string {
  const k = kind.toLowerCase();
  if (k.includes('error') || k.includes('provider')) return 'kind--error';
  if (k.includes('tool') || k.includes('function')) return 'kind--tool';
  if (k.includes('tts') || k.includes('bot-started') || k.includes('bot-stopped')) return 'kind--tts';
  if (k.includes('llm') || k.includes('assistant')) return 'kind--llm';
  if (k.includes('user') || k.includes('stt') || k.includes('transcri')) return 'kind--user';
  return '';
}

function preview(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 240 ? `${s.slice(0, 240)}…` : s;
}

const ms = (v?: number) => (v === undefined ? '–' : `${Math.round(v)} ms`);

export function Console() {
  const [token, setToken] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [me, setMe] = useState<Me | null>(null);
  const [sessions, setSessions] = useState<SessionInfo[]>([]);
  const [conversations, setConversations] = useState<ConversationSummary[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<RecordedEvent[]>([]);
  const [live, setLive] = useState<(DebugEvent & { receivedAt: number })[]>([]);
  const [liveState, setLiveState] = useState<'off' | 'connecting' | 'open' | 'closed' | 'denied'>('off');
  const [error, setError] = useState<string | null>(null);
  const api = useMemo(() => adminApi(token), [token]);

  useEffect(() => {
    setToken(window.sessionStorage.getItem('vs-admin-token'));
  }, []);

  const refresh = useCallback(async () => {
    try {
      const [m, s, c] = await Promise.all([api.me(), api.sessions(), api.conversations()]);
      setMe(m);
      setSessions(s.sessions);
      setConversations(c.conversations);
      setError(null);
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 0
          ? 'The server cannot be reached.'
          : String((err as Error).message),
      );
    }
  }, [api]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [refresh]);

  // Recorded events of the selected session, refreshed while it is live.
  useEffect(() => {
    if (!selected) return;
    let live = true;
    const load = () =>
      api.events(selected).then(
        (r) => live && setRecorded(r.events),
        () => live && setRecorded([]),
      );
    void load();
    const timer = setInterval(load, 4000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [selected, api]);

  // Live debug stream of the selected session.
  const wsRef = useRef<WebSocket | null>(null);
  useEffect(() => {
    setLive([]);
    if (!selected) {
      setLiveState('off');
      return;
    }
    const url = new URL('/ws/debug', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('session', selected);
    // Browsers cannot set an Authorization header on a WebSocket: the token travels as a query parameter.
    if (token) url.searchParams.set('access_token', token);
    setLiveState('connecting');
    const ws = new WebSocket(url);
    wsRef.current = ws;
    ws.onopen = () => setLiveState('open');
    ws.onclose = (e) => setLiveState(e.code === 4003 ? 'denied' : 'closed');
    ws.onmessage = (m) => {
      try {
        const ev = JSON.parse(String(m.data)) as DebugEvent;
        // `at` is the server's monotonic clock: show when the event arrived instead.
        setLive((list) => [...list, { ...ev, receivedAt: Date.now() }].slice(-MAX_LIVE));
      } catch {
        // not a debug event
      }
    };
    return () => ws.close();
  }, [selected, token]);

  const turns = useMemo(() => turnLatencies(live), [live]);
  const active = sessions.filter((s) => s.state !== 'ended');

  const saveToken = (e: FormEvent) => {
    e.preventDefault();
    const v = draft.trim() || null;
    if (v) window.sessionStorage.setItem('vs-admin-token', v);
    else window.sessionStorage.removeItem('vs-admin-token');
    setToken(v);
    setDraft('');
  };

  return (
    <>
      <header className="topbar">
        <div className="topbar__inner">
          <a className="brand" href="../">
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
              <strong>Voice Shopper Console</strong>
              <span className="brand__tag">Sessions, conversations and live latency</span>
            </span>
          </a>
          <div className="topbar__end">
            <a className="muted" href="agents/">
              Agent profiles
            </a>{' '}
            <a className="muted" href="safety/">
              Safety
            </a>{' '}
            <a className="muted" href="devices/">
              Devices
            </a>{' '}
            <span className="muted" data-testid="console-identity">
              {me ? (me.kind === 'admin' ? 'Shop owner' : 'Own sessions only (no admin token)') : '…'}
            </span>
          </div>
        </div>
      </header>
      <main className="console" id="main">
        <div className="console__side">
          <section className="panel" aria-labelledby="token-title">
            <h1 id="token-title" className="panel__title">
              Access
            </h1>
            <form className="token-form" onSubmit={saveToken}>
              <label htmlFor="admin-token" className="visually-hidden">
                Admin token
              </label>
              <input
                id="admin-token"
                className="input input--small"
                type="password"
                placeholder={token ? 'Token saved for this tab' : 'Admin token (ADMIN_TOKEN)'}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                autoComplete="off"
              />
              <button type="submit" className="btn btn--ghost btn--small">
                {draft.trim() || !token ? 'Use' : 'Forget'}
              </button>
            </form>
            {error ? (
              <p className="alert" role="alert" style={{ marginTop: 10 }}>
                {error}
              </p>
            ) : null}
          </section>
          <ProviderHealth />
          <section className="panel" aria-labelledby="active-title">
            <h2 id="active-title" className="panel__title">
              Active sessions <span className="count">{active.length}</span>
            </h2>
            {active.length === 0 ? <p className="muted">No live sessions.</p> : null}
            <SessionList
              items={active.map((s) => ({
                id: s.id,
                active: s.state === 'active',
                line: `${s.transport} · ${s.language.toUpperCase()} · ${s.state}`,
                sub: s.userId,
              }))}
              selected={selected}
              onSelect={setSelected}
              testId="active-sessions"
            />
          </section>
          <section className="panel" aria-labelledby="recorded-title">
            <h2 id="recorded-title" className="panel__title">
              Recorded conversations
            </h2>
            {conversations.length === 0 ? <p className="muted">Nothing recorded yet.</p> : null}
            <SessionList
              items={conversations.map((c) => ({
                id: c.id,
                active: !c.endedAt,
                line: c.firstUtterance ? `“${c.firstUtterance}”` : '(no words)',
                sub: `${new Date(c.startedAt).toLocaleString()} · ${c.transport} · ${c.events} events`,
              }))}
              selected={selected}
              onSelect={setSelected}
              testId="recorded-sessions"
            />
          </section>
        </div>
        <div className="console__main">
          {!selected ? (
            <section className="panel">
              <div className="empty">
                <p>Select a session to see its conversation, live events and latency.</p>
              </div>
            </section>
          ) : (
            <>
              <LatencyPanel
                turns={turns}
                liveState={liveState}
                onEnd={() => void api.end(selected).then(refresh)}
              />
              <section className="panel" aria-labelledby="live-title">
                <h2 id="live-title" className="panel__title">
                  Live events <span className="count">{live.length}</span>
                </h2>
                {live.length === 0 ? <p className="muted">Waiting for events…</p> : null}
                <EventList
                  testId="live-events"
                  rows={live.map((e, i) => ({
                    key: `${i}`,
                    time: new Date(e.receivedAt).toLocaleTimeString(),
                    kind: e.kind,
                    data: preview(e.data),
                  }))}
                />
              </section>
              <section className="panel" aria-labelledby="rec-title">
                <h2 id="rec-title" className="panel__title">
                  Recorded conversation <span className="count">{recorded.length}</span>
                </h2>
                {recorded.length === 0 ? <p className="muted">No recorded events.</p> : null}
                <EventList
                  testId="recorded-events"
                  rows={recorded.map((e) => ({
                    key: String(e.seq),
                    time: new Date(e.createdAt).toLocaleTimeString(),
                    kind: e.type,
                    data: preview(e.payload),
                  }))}
                />
              </section>
            </>
          )}
        </div>
      </main>
    </>
  );
}

function SessionList(props: {
  items: { id: string; active: boolean; line: string; sub: string }[];
  selected: string | null;
  onSelect(id: string): void;
  testId: string;
}) {
  return (
    <ul className="sessions" data-testid={props.testId}>
      {props.items.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="session-btn"
            aria-current={props.selected === s.id}
            onClick={() => props.onSelect(s.id)}
          >
            <span>
              <span className={`dot${s.active ? ' dot--active' : ''}`} aria-hidden="true" />
              <span className="session-btn__id">{s.id.slice(0, 13)}</span>
            </span>
            <span>{s.line}</span>
            <span className="muted" style={{ fontSize: 12 }}>
              {s.sub}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function EventList(props: {
  rows: { key: string; time: string; kind: string; data: string }[];
  testId: string;
}) {
  return (
    <ol className="events" data-testid={props.testId}>
      {props.rows.map((r) => (
        <li key={r.key}>
          <span className="muted">{r.time}</span>
          <span className={`kind ${kindClass(r.kind)}`}>{r.kind}</span>
          <span className="data">{r.data}</span>
        </li>
      ))}
    </ol>
  );
}

function LatencyPanel(props: { turns: TurnLatency[]; liveState: string; onEnd(): void }) {
  const { turns } = props;
  const totals = turns.map((t) => t.total).filter((v): v is number => v !== undefined);
  const pick = (k: 'stt' | 'llm' | 'tts') =>
    median(turns.map((t) => t[k]).filter((v): v is number => v !== undefined));
  const max = Math.max(1, ...totals);
  return (
    <section className="panel" aria-labelledby="lat-title" data-testid="latency">
      <div className="products__head">
        <h2 id="lat-title" className="panel__title">
          Per-turn latency · stream {props.liveState}
        </h2>
        <button type="button" className="btn btn--ghost btn--small" onClick={props.onEnd}>
          End session
        </button>
      </div>
      <div className="kpis">
        <Kpi label="Turns" value={String(turns.length)} />
        <Kpi label="Voice-to-voice p50" value={ms(median(totals))} />
        <Kpi label="STT p50" value={ms(pick('stt'))} />
        <Kpi label="LLM p50" value={ms(pick('llm'))} />
        <Kpi label="TTS p50" value={ms(pick('tts'))} />
      </div>
      <div className="legend" style={{ marginTop: 14 }}>
        <span>
          <i className="bar--stt" />
          STT
        </span>
        <span>
          <i className="bar--llm" />
          LLM
        </span>
        <span>
          <i className="bar--tts" />
          TTS
        </span>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>#</th>
              <th>Request</th>
              <th className="num">STT</th>
              <th className="num">LLM</th>
              <th className="num">TTS</th>
              <th className="num">Total</th>
              <th>Breakdown</th>
            </tr>
          </thead>
          <tbody>
            {turns.length === 0 ? (
              <tr>
                <td colSpan={7} className="muted">
                  Turns appear here as the shopper talks.
                </td>
              </tr>
            ) : null}
            {turns.map((t) => (
              <tr key={t.turn}>
                <td>{t.turn}</td>
                <td>{t.text ?? ''}</td>
                <td className="num">{ms(t.stt)}</td>
                <td className="num">{ms(t.llm)}</td>
                <td className="num">{ms(t.tts)}</td>
                <td className="num">
                  <strong>{ms(t.total)}</strong>
                </td>
                <td>
                  <div className="bars" style={{ width: `${Math.max(20, ((t.total ?? 0) / max) * 100)}%` }}>
                    {(['stt', 'llm', 'tts'] as const).map((k) =>
                      t[k] !== undefined && t.total ? (
                        <span
                          key={k}
                          className={`bar--${k}`}
                          style={{ width: `${(t[k]! / t.total) * 100}%` }}
                        />
                      ) : null,
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Kpi(props: { label: string; value: string }) {
  return (
    <div className="kpi">
      <p className="kpi__label">{props.label}</p>
      <p className="kpi__value">{props.value}</p>
    </div>
  );
}

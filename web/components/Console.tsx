'use client';
/**
 * The shop owner's console: active sessions, recorded conversations with their events, and a
 * live debug view of one session from `/ws/debug` (useDebugStream.ts) with the per-turn latency
 * breakdown (ConsoleLatency.tsx).
 */
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, adminApi, type RecordedEvent } from '../lib/api';
import { turnLatencies } from '../lib/latency';
import type { ConversationSummary, Me, SessionInfo } from '../lib/types';
import { LatencyPanel } from './ConsoleLatency';
import { EventList, preview, SessionList } from './ConsoleLists';
import { ProviderHealth } from './ProviderHealth';
import { useDebugStream } from './useDebugStream';

export function Console() {
  const [token, setToken] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [me, setMe] = useState<Me | null>(null);
  const [sessions, setSessions] = useState<SessionInfo[]>([]);
  const [conversations, setConversations] = useState<ConversationSummary[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<RecordedEvent[]>([]);
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

  const { live, liveState } = useDebugStream(selected, token);
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

'use client';
/**
 * The owner's safety page: what the guard blocked (filtered by session and rule), the guard's
 * settings and what each level blocks, and the emergency stop for a live session. Uses the admin
 * token the console saved for this tab.
 */
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../lib/api';
import { type SafetyIncident, type SafetyOverview, safetyApi } from '../lib/safety-api';

/** A failure as the owner should read it. */
const describe = (err: unknown) =>
  err instanceof ApiError && err.status === 403
    ? 'Shop owner only: enter the admin token on the console page first.'
    : err instanceof ApiError && err.status === 0
      ? 'The server cannot be reached.'
      : String((err as Error).message);

export function SafetyConsole() {
  const [token, setToken] = useState<string | null>(null);
  const [session, setSession] = useState('');
  const [rule, setRule] = useState('');
  const [incidents, setIncidents] = useState<SafetyIncident[]>([]);
  const [overview, setOverview] = useState<SafetyOverview | null>(null);
  const [stopId, setStopId] = useState('');
  const [stopReason, setStopReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const api = useMemo(() => safetyApi(token), [token]);

  useEffect(() => {
    setToken(window.sessionStorage.getItem('vs-admin-token'));
  }, []);

  const refresh = useCallback(async () => {
    try {
      const [list, o] = await Promise.all([
        api.incidents({ session: session.trim() || undefined, rule: rule.trim() || undefined }),
        api.overview(),
      ]);
      setIncidents(list.incidents);
      setOverview(o);
      setError(null);
    } catch (err) {
      setError(describe(err));
    }
  }, [api, session, rule]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 5000);
    return () => clearInterval(timer);
  }, [refresh]);

  const stop = async (e: FormEvent) => {
    e.preventDefault();
    if (!stopId.trim()) return;
    try {
      const r = await api.emergencyStop(stopId.trim(), stopReason.trim());
      setNotice(`Stopped: ${r.reason}`);
      setStopId('');
      setStopReason('');
      void refresh();
    } catch (err) {
      setNotice(null);
      setError(describe(err));
    }
  };

  return (
    <main className="console" id="main">
      <div className="console__side">
        <section className="panel" aria-labelledby="stop-title">
          <h1 id="stop-title" className="panel__title">
            Emergency stop
          </h1>
          <form className="token-form" onSubmit={stop} data-testid="emergency-stop">
            <input
              className="input input--small"
              placeholder="Session id"
              value={stopId}
              onChange={(e) => setStopId(e.target.value)}
              aria-label="Session id to stop"
            />
            <input
              className="input input--small"
              placeholder="Reason (optional)"
              value={stopReason}
              onChange={(e) => setStopReason(e.target.value)}
              aria-label="Reason"
            />
            <button type="submit" className="btn btn--small">
              Stop now
            </button>
          </form>
          {notice ? <p className="muted">{notice}</p> : null}
          {error ? (
            <p className="alert" role="alert" style={{ marginTop: 10 }}>
              {error}
            </p>
          ) : null}
        </section>
        {overview ? (
          <section className="panel" aria-labelledby="guard-title">
            <h2 id="guard-title" className="panel__title">
              Guard
            </h2>
            <p>
              Level <strong>{overview.settings.level}</strong> blocks{' '}
              {overview.levels[overview.settings.level]?.join(', ')}.
            </p>
            <p className="muted">
              Blocked topics: {overview.settings.blockedTopics.join(', ') || 'none'} · moderation:{' '}
              {overview.moderation ?? 'off'} · always redacted: {overview.redacted.join(', ')}
            </p>
          </section>
        ) : null}
      </div>
      <div className="console__main">
        <section className="panel" aria-labelledby="incidents-title">
          <h2 id="incidents-title" className="panel__title">
            Safety incidents <span className="count">{incidents.length}</span>
          </h2>
          <div className="token-form">
            <input
              className="input input--small"
              placeholder="Filter by session id"
              value={session}
              onChange={(e) => setSession(e.target.value)}
              aria-label="Filter by session"
            />
            <input
              className="input input--small"
              placeholder="Filter by rule or kind (topic, injection, harm:violence…)"
              value={rule}
              onChange={(e) => setRule(e.target.value)}
              aria-label="Filter by rule"
            />
          </div>
          {incidents.length === 0 ? <p className="muted">No incidents.</p> : null}
          <table className="table" data-testid="safety-incidents">
            <thead>
              <tr>
                <th>When</th>
                <th>Session</th>
                <th>Where</th>
                <th>Rule</th>
                <th>Level</th>
                <th>Text (redacted)</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((i) => (
                <tr key={i.id}>
                  <td>{new Date(i.createdAt).toLocaleString()}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      onClick={() => setSession(i.sessionId ?? '')}
                    >
                      {i.sessionId?.slice(0, 8) ?? '–'}
                    </button>
                  </td>
                  <td>
                    {i.direction === 'input' ? 'shopper' : i.direction === 'output' ? 'assistant' : 'stop'}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      onClick={() => setRule(i.rule)}
                    >
                      {i.rule}
                    </button>
                  </td>
                  <td>{i.level}</td>
                  <td>{i.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </main>
  );
}

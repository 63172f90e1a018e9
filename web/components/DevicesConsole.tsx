'use client';
/**
 * The owner's devices: register one (its secret is shown once, here), see when each was last
 * connected, assign an agent profile, revoke. Uses the admin token the console saved for this tab.
 */
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../lib/api';
import { type Device, devicesApi } from '../lib/devices-api';

const describe = (err: unknown) =>
  err instanceof ApiError && err.status === 403
    ? 'Shop owner only: enter the admin token on the console page first.'
    : err instanceof ApiError && err.status === 0
      ? 'The server cannot be reached.'
      : String((err as Error).message);

export function DevicesConsole() {
  const [token, setToken] = useState<string | null>(null);
  const [devices, setDevices] = useState<Device[]>([]);
  const [name, setName] = useState('');
  const [agent, setAgent] = useState('');
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const api = useMemo(() => devicesApi(token), [token]);

  useEffect(() => {
    setToken(window.sessionStorage.getItem('vs-admin-token'));
  }, []);

  const refresh = useCallback(async () => {
    try {
      setDevices((await api.list()).devices);
      setError(null);
    } catch (err) {
      setError(describe(err));
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await refresh();
    } catch (err) {
      setError(describe(err));
    }
  };

  const register = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void act(async () => {
      const d = await api.register(name.trim(), agent.trim() || undefined);
      setCreated({ id: d.id, secret: d.secret });
      setName('');
      setAgent('');
    });
  };

  return (
    <main className="console" id="main">
      <div className="console__side">
        <section className="panel" aria-labelledby="register-title">
          <h1 id="register-title" className="panel__title">
            Register a device
          </h1>
          <form className="token-form token-form--stack" onSubmit={register} data-testid="device-register">
            <input
              className="input input--small"
              placeholder="Name (kitchen box)"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-label="Device name"
            />
            <input
              className="input input--small"
              placeholder="Agent profile (optional)"
              value={agent}
              onChange={(e) => setAgent(e.target.value)}
              aria-label="Agent profile"
            />
            <button type="submit" className="btn btn--small">
              Register
            </button>
          </form>
          {created ? (
            <p data-testid="device-secret">
              Device <code>{created.id}</code>, secret <code>{created.secret}</code> — copy it now, it is not
              shown again: <code>voice-shopper device configure --id {created.id} --secret …</code>
            </p>
          ) : null}
          {error ? (
            <p className="alert" role="alert" style={{ marginTop: 10 }}>
              {error}
            </p>
          ) : null}
        </section>
      </div>
      <div className="console__main">
        <section className="panel" aria-labelledby="devices-title">
          <h2 id="devices-title" className="panel__title">
            Devices <span className="count">{devices.length}</span>
          </h2>
          <table className="table" data-testid="devices">
            <thead>
              <tr>
                <th>Name</th>
                <th>Id</th>
                <th>Agent</th>
                <th>Last seen</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={d.id}>
                  <td>{d.name}</td>
                  <td>
                    <code>{d.id}</code>
                  </td>
                  <td>
                    <input
                      className="input input--small"
                      defaultValue={d.agent ?? ''}
                      placeholder="default"
                      aria-label={`Agent of ${d.name}`}
                      disabled={d.revokedAt !== null}
                      onBlur={(e) => {
                        const next = e.target.value.trim() || null;
                        if (next !== d.agent) void act(() => api.assign(d.id, next));
                      }}
                    />
                  </td>
                  <td>{d.lastSeenAt ? new Date(d.lastSeenAt).toLocaleString() : 'never'}</td>
                  <td>
                    {d.revokedAt ? (
                      <span className="muted">revoked</span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        onClick={() => void act(() => api.revoke(d.id))}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </main>
  );
}

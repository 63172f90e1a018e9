'use client';
/**
 * The owner's agent profiles (issue #15): the list, one profile's fields as JSON with its
 * versions, save (a new version), create and delete. The server validates everything and its
 * refusal (`detail`, the field at fault) is shown as is; nothing is stored on a refusal.
 */
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { type AgentProfile, type AgentVersionInfo, adminApi } from '../lib/api';

/** Fields the server owns: never sent back when saving. */
const READ_ONLY = new Set(['id', 'version', 'source', 'createdAt', 'updatedAt']);

const NEW_PROFILE = {
  name: 'New assistant',
  brand: '',
  languages: ['en'],
  instructions: { en: 'You are the voice shopping assistant of … Reply in English.' },
  greeting: { enabled: true, text: { en: 'Hi! What are you looking for today?' }, skipTransports: [] },
  overridable: { voice: false, language: true, system_prompt: false },
};

function editable(profile: AgentProfile): Record<string, unknown> {
  return Object.fromEntries(Object.entries(profile).filter(([k]) => !READ_ONLY.has(k)));
}

export function AgentProfiles() {
  const [token, setToken] = useState<string | null>(null);
  const [agents, setAgents] = useState<AgentProfile[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [versions, setVersions] = useState<AgentVersionInfo[]>([]);
  const [text, setText] = useState('');
  const [newId, setNewId] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const api = useMemo(() => adminApi(token), [token]);

  useEffect(() => {
    setToken(window.sessionStorage.getItem('vs-admin-token'));
  }, []);

  const refresh = useCallback(async () => {
    try {
      setAgents((await api.agents()).agents);
    } catch (err) {
      setStatus({ kind: 'error', text: (err as Error).message });
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const open = useCallback(
    async (id: string) => {
      try {
        const { agent, versions: list } = await api.agent(id);
        setSelected(id);
        setVersions(list);
        setText(JSON.stringify(editable(agent), null, 2));
        setStatus(null);
      } catch (err) {
        setStatus({ kind: 'error', text: (err as Error).message });
      }
    },
    [api],
  );

  function parsed(): Record<string, unknown> | null {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (err) {
      setStatus({ kind: 'error', text: `Not valid JSON: ${(err as Error).message}` });
      return null;
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = parsed();
    if (!body) return;
    try {
      const { agent } = selected
        ? await api.updateAgent(selected, body)
        : await api.createAgent({ id: newId.trim(), ...body });
      await refresh();
      await open(agent.id);
      // After open(), which clears the status of the profile it leaves.
      setStatus({ kind: 'ok', text: `Saved ${agent.id} as version ${agent.version}.` });
    } catch (err) {
      // The server's refusal names the field; the text stays as typed so nothing is lost.
      setStatus({ kind: 'error', text: (err as Error).message });
    }
  }

  async function remove() {
    if (!selected || !window.confirm(`Delete agent profile "${selected}" and all its versions?`)) return;
    try {
      await api.deleteAgent(selected);
      setSelected(null);
      setText('');
      setStatus({ kind: 'ok', text: `Deleted ${selected}.` });
      await refresh();
    } catch (err) {
      setStatus({ kind: 'error', text: (err as Error).message });
    }
  }

  function startNew() {
    setSelected(null);
    setVersions([]);
    setNewId('');
    setText(JSON.stringify(NEW_PROFILE, null, 2));
    setStatus(null);
  }

  return (
    <main className="console" id="main">
      <div className="console__side">
        <section className="panel" aria-labelledby="agents-title">
          <h1 id="agents-title" className="panel__title">
            Agent profiles <span className="count">{agents.length}</span>
          </h1>
          <p className="muted">
            <a href="../">← Console</a>
            {token ? null : ' · set the admin token on the console first'}
          </p>
          <ul className="list" data-testid="agent-list">
            {agents.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className={`btn btn--ghost btn--small${a.id === selected ? ' is-active' : ''}`}
                  onClick={() => void open(a.id)}
                >
                  {a.name} · {a.id} · v{a.version}
                  {a.source === 'config' ? ' (from configuration)' : ''}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn--small" onClick={startNew}>
            New profile
          </button>
        </section>
      </div>
      <section className="panel" aria-labelledby="agent-edit-title">
        <h2 id="agent-edit-title" className="panel__title">
          {selected ? `Edit ${selected}` : text ? 'New profile' : 'Pick a profile'}
        </h2>
        {status ? (
          <p
            className={status.kind === 'error' ? 'alert' : 'muted'}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.text}
          </p>
        ) : null}
        {text ? (
          <form onSubmit={(e) => void save(e)}>
            {selected ? null : (
              <label>
                Id (a slug: lowercase letters, digits, dashes){' '}
                <input
                  className="input input--small"
                  value={newId}
                  onChange={(e) => setNewId(e.target.value)}
                />
              </label>
            )}
            <textarea
              className="input"
              aria-label="Profile fields (JSON)"
              spellCheck={false}
              rows={28}
              style={{ width: '100%', fontFamily: 'monospace' }}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <div>
              <button type="submit" className="btn btn--small">
                {selected ? 'Save as a new version' : 'Create'}
              </button>{' '}
              {selected && selected !== 'default' ? (
                <button type="button" className="btn btn--ghost btn--small" onClick={() => void remove()}>
                  Delete
                </button>
              ) : null}
            </div>
          </form>
        ) : null}
        {versions.length > 0 ? (
          <>
            <h3 className="panel__title">Versions</h3>
            <ul className="list">
              {versions.map((v) => (
                <li key={v.version} className="muted">
                  v{v.version} · {v.name} ·{' '}
                  {v.version === 0 ? 'from configuration' : new Date(v.createdAt).toLocaleString()}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </main>
  );
}

'use client';
/**
 * The shop owner's knowledge base: the documents of a knowledge base, importing a file
 * (Markdown, HTML or text; re-importing the same file changes nothing), removing one, and trying
 * a question as the assistant would search it. Uses the admin token the console saved.
 */
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../lib/api';
import { type KnowledgeDocument, type KnowledgePassage, knowledgeApi } from '../lib/knowledge-api';

const KINDS = ['policy', 'faq', 'size-guide', 'fact', 'backstory', 'memory'];

function formatOf(name: string): string | undefined {
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.(html?)$/i.test(name)) return 'html';
  if (/\.(txt|text)$/i.test(name)) return 'text';
  return undefined;
}

function describe(err: unknown): string {
  return err instanceof ApiError && err.status === 0
    ? 'The server cannot be reached.'
    : String((err as Error).message);
}

export function KnowledgeConsole() {
  const [token, setToken] = useState<string | null>(null);
  const [kb, setKb] = useState('default');
  const [kind, setKind] = useState('policy');
  const [language, setLanguage] = useState('en');
  const [documents, setDocuments] = useState<KnowledgeDocument[]>([]);
  const [question, setQuestion] = useState('');
  const [passages, setPassages] = useState<KnowledgePassage[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const api = useMemo(() => knowledgeApi(token), [token]);

  useEffect(() => {
    setToken(window.sessionStorage.getItem('vs-admin-token'));
  }, []);

  const report = (err: unknown) => setMessage(describe(err));

  const refresh = useCallback(async () => {
    try {
      setDocuments((await api.list(kb)).documents);
      setMessage(null);
    } catch (err) {
      setMessage(describe(err));
    }
  }, [api, kb]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const upload = async (files: FileList | null) => {
    const lines: string[] = [];
    for (const file of Array.from(files ?? [])) {
      const format = formatOf(file.name);
      if (!format) {
        lines.push(`${file.name}: use .md, .html or .txt`);
        continue;
      }
      try {
        const r = await api.import(kb, {
          source: file.name,
          kind,
          format,
          language,
          content: await file.text(),
        });
        lines.push(`${file.name}: ${r.status} (“${r.title}”, ${r.chunks} passages)`);
      } catch (err) {
        lines.push(`${file.name}: ${(err as Error).message}`);
      }
    }
    setMessage(lines.join(' · '));
    await refresh().catch(() => undefined);
  };

  const ask = async (e: FormEvent) => {
    e.preventDefault();
    try {
      setPassages((await api.search(kb, question)).passages);
    } catch (err) {
      report(err);
    }
  };

  return (
    <main className="console" id="main">
      <div className="console__side">
        <section className="panel" aria-labelledby="kb-title">
          <h1 id="kb-title" className="panel__title">
            Knowledge base
          </h1>
          <p className="muted">
            <a href="../">Back to the console</a> (the admin token is the one saved there).
          </p>
          <label htmlFor="kb-name">Knowledge base</label>
          <input
            id="kb-name"
            className="input input--small"
            value={kb}
            onChange={(e) => setKb(e.target.value)}
          />
          <label htmlFor="kb-kind">Kind of the next import</label>
          <select
            id="kb-kind"
            className="input input--small"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          >
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <label htmlFor="kb-lang">Language</label>
          <select
            id="kb-lang"
            className="input input--small"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
          <label htmlFor="kb-files">Import files (.md, .html, .txt)</label>
          <input
            id="kb-files"
            type="file"
            multiple
            accept=".md,.markdown,.html,.htm,.txt"
            onChange={(e) => void upload(e.target.files)}
          />
          {message ? (
            <p className="alert" role="status" style={{ marginTop: 10 }}>
              {message}
            </p>
          ) : null}
        </section>
      </div>
      <div className="console__main">
        <section className="panel" aria-labelledby="docs-title">
          <h2 id="docs-title" className="panel__title">
            Documents <span className="count">{documents.length}</span>
          </h2>
          {documents.length === 0 ? <p className="muted">No documents in “{kb}”.</p> : null}
          <ul data-testid="knowledge-documents">
            {documents.map((d) => (
              <li key={d.id}>
                <strong>{d.title}</strong> · {d.kind} · {d.source} · {d.chunks} passages ·{' '}
                {new Date(d.updatedAt).toLocaleString()}{' '}
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => void api.remove(kb, d.id).then(refresh, report)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="try-title">
          <h2 id="try-title" className="panel__title">
            Try a question
          </h2>
          <form onSubmit={(e) => void ask(e)}>
            <input
              className="input"
              value={question}
              maxLength={500}
              placeholder="do you ship to Canada?"
              onChange={(e) => setQuestion(e.target.value)}
            />
            <button type="submit" className="btn btn--small">
              Search
            </button>
          </form>
          {passages && passages.length === 0 ? (
            <p className="muted">
              Nothing answers this: the assistant says it does not know and offers a person.
            </p>
          ) : null}
          <ol data-testid="knowledge-passages">
            {(passages ?? []).map((p) => (
              <li key={p.chunkId}>
                <strong>{p.title}</strong>
                {p.headings.length ? ` › ${p.headings.join(' › ')}` : ''}: {p.text}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </main>
  );
}

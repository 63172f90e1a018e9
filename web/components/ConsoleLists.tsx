/** The console's lists: sessions to pick from, and a session's events (live or recorded). */

function kindClass(kind: string): string {
  const k = kind.toLowerCase();
  if (k.includes('error') || k.includes('provider')) return 'kind--error';
  if (k.includes('tool') || k.includes('function')) return 'kind--tool';
  if (k.includes('tts') || k.includes('bot-started') || k.includes('bot-stopped')) return 'kind--tts';
  if (k.includes('llm') || k.includes('assistant')) return 'kind--llm';
  if (k.includes('user') || k.includes('stt') || k.includes('transcri')) return 'kind--user';
  return '';
}

export function preview(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 240 ? `${s.slice(0, 240)}…` : s;
}

export function SessionList(props: {
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

export function EventList(props: {
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

/** The console's per-turn latency panel: p50 figures and each turn's STT / LLM / TTS breakdown. */
import { median, type TurnLatency } from '../lib/latency';

const ms = (v?: number) => (v === undefined ? '–' : `${Math.round(v)} ms`);

export function LatencyPanel(props: { turns: TurnLatency[]; liveState: string; onEnd(): void }) {
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

'use client';
/**
 * The console's view of provider failover: each configured STT, LLM and TTS provider in failover
 * order, up or down (with why), from /readyz, refreshed every few seconds.
 */
import { useEffect, useState } from 'react';

interface ProviderStatus {
  name: string;
  healthy: boolean;
  lastError?: string;
  failures?: number;
}
type Report = Partial<Record<'stt' | 'llm' | 'tts', ProviderStatus[]>>;

const STAGES = [
  ['stt', 'Speech-to-text'],
  ['llm', 'Language model'],
  ['tts', 'Text-to-speech'],
] as const;

export function ProviderHealth() {
  const [report, setReport] = useState<Report | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        // 503 (a stage has no provider left) still carries the report.
        const body = (await (await fetch('/readyz')).json()) as { providers?: Report };
        if (!live) return;
        setReport(body.providers ?? {});
        setFailed(false);
      } catch {
        if (live) setFailed(true);
      }
    };
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  return (
    <section className="panel" aria-labelledby="providers-title" data-testid="provider-health">
      <h2 id="providers-title" className="panel__title">
        Providers
      </h2>
      {failed ? <p className="muted">Health unavailable.</p> : null}
      {report
        ? STAGES.map(([stage, label]) => (
            <div key={stage} className="providers__stage">
              <span className="muted">{label}</span>
              <ul className="providers">
                {(report[stage] ?? []).map((p, i) => (
                  <li key={p.name} data-healthy={p.healthy} title={p.lastError ?? ''}>
                    <span className={p.healthy ? 'kind--stt' : 'kind--error'}>{p.healthy ? '●' : '○'}</span>{' '}
                    {i + 1}. {p.name} {p.healthy ? '' : `— down${p.lastError ? `: ${p.lastError}` : ''}`}
                  </li>
                ))}
              </ul>
            </div>
          ))
        : null}
    </section>
  );
}

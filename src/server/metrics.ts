/** Prometheus metrics of the server: sessions, turns, per-stage latency, errors, provider health. */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { childLogger } from '../log/logger.ts';
import type { ProviderHealth } from '../services/health.ts';

const log = childLogger({ component: 'providers' });

/** Sets the live-session gauge from the session list (at each scrape: it is not kept up to date). */
export function countActiveSessions(
  metrics: ServerMetrics,
  sessions: { list(): { state: string; transport: string }[] },
): void {
  metrics.activeSessions.reset();
  for (const s of sessions.list())
    if (s.state === 'active') metrics.activeSessions.inc({ transport: s.transport });
}

export class ServerMetrics {
  readonly registry = new Registry();
  readonly activeSessions = new Gauge({
    name: 'vs_sessions_active',
    help: 'Sessions currently running',
    labelNames: ['transport'],
    registers: [this.registry],
  });
  readonly sessionsTotal = new Counter({
    name: 'vs_sessions_total',
    help: 'Sessions started',
    labelNames: ['transport'],
    registers: [this.registry],
  });
  readonly sessionsEnded = new Counter({
    name: 'vs_sessions_ended_total',
    help: 'Sessions ended, by reason',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly turns = new Counter({
    name: 'vs_turns_total',
    help: 'User turns completed',
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'vs_errors_total',
    help: 'Pipeline errors',
    labelNames: ['processor', 'fatal'],
    registers: [this.registry],
  });
  readonly stageSeconds = new Histogram({
    name: 'vs_stage_latency_seconds',
    help: 'Per-stage latency (ttfb and processing) reported by processors',
    labelNames: ['kind', 'processor'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2.5, 5],
    registers: [this.registry],
  });
  readonly outputSilenceSeconds = new Histogram({
    name: 'vs_output_silence_seconds',
    help: "Silences a client's player made mid-reply (it played every chunk sent and ran dry), by cause: late = the send ran late (event loop), starved = the audio reached the transport late (TTS or a stage before it)",
    labelNames: ['cause'],
    buckets: [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1],
    registers: [this.registry],
  });
  readonly voiceToVoiceSeconds = new Histogram({
    name: 'vs_voice_to_voice_seconds',
    help: 'User stopped speaking → first bot audio',
    buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5, 2, 3, 5],
    registers: [this.registry],
  });

  readonly providerSwitches = new Counter({
    name: 'vs_provider_switches_total',
    help: 'A stage moved off a failed provider (to = none: no provider was left)',
    labelNames: ['stage', 'from', 'to'],
    registers: [this.registry],
  });
  readonly providerHealthy = new Gauge({
    name: 'vs_provider_healthy',
    help: 'Whether each configured provider is healthy (1) or down and being probed (0)',
    labelNames: ['stage', 'provider'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'vs_' });
    // The pipeline's stages exist from the start (at 0), so a dashboard's rate() has a series to
    // read before the first complete sentence, and the set of series never grows with traffic.
    for (const processor of ['stt', 'llm', 'tts'])
      for (const kind of ['ttfb', 'processing']) this.stageSeconds.zero({ kind, processor });
    for (const cause of ['late', 'starved']) this.outputSilenceSeconds.zero({ cause });
  }
}

/**
 * Counts every switch once (whichever session saw it), keeps a gauge per configured provider and
 * logs each provider going down or coming back.
 */
export function watchProviderHealth(healths: readonly ProviderHealth[], metrics: ServerMetrics): () => void {
  const stops = healths.map((health) => {
    for (const s of health.status())
      metrics.providerHealthy.set({ stage: health.stage, provider: s.name }, s.healthy ? 1 : 0);
    return health.subscribe({
      onChange(stage, status) {
        metrics.providerHealthy.set({ stage, provider: status.name }, status.healthy ? 1 : 0);
        if (status.healthy) log.info({ stage, provider: status.name }, 'provider healthy again; back in use');
        else log.error({ stage, provider: status.name, err: status.lastError }, 'provider down; probing it');
      },
      onSwitch(e) {
        metrics.providerSwitches.inc({ stage: e.stage, from: e.from, to: e.to ?? 'none' });
      },
    });
  });
  return () => {
    for (const stop of stops) stop();
  };
}

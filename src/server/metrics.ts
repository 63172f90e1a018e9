/** Prometheus metrics of the server: sessions, turns, per-stage latency, errors. */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

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
  readonly voiceToVoiceSeconds = new Histogram({
    name: 'vs_voice_to_voice_seconds',
    help: 'User stopped speaking → first bot audio',
    buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5, 2, 3, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'vs_' });
    // The pipeline's stages exist from the start (at 0), so a dashboard's rate() has a series to
    // read before the first complete sentence, and the set of series never grows with traffic.
    for (const processor of ['stt', 'llm', 'tts'])
      for (const kind of ['ttfb', 'processing']) this.stageSeconds.zero({ kind, processor });
  }
}

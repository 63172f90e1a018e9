/**
 * Where a turn's time goes on the server, stage by stage, from the debug stream's per-turn
 * latency events: each stage's own share (the difference between consecutive marks, all
 * measured from the estimated moment the user stopped), so a slow step shows which stage grew.
 */
import { percentile } from '../table.ts';
import type { TurnLatencyEvent } from './debug-watch.ts';

export const STAGES = [
  ['VAD stop window', (t: TurnLatencyEvent) => diff(t.vadStopMs, t.inputLagMs ?? 0)],
  ['input lag', (t: TurnLatencyEvent) => t.inputLagMs],
  ['turn wait', (t: TurnLatencyEvent) => t.turnWaitMs],
  ['STT final', (t: TurnLatencyEvent) => diff(t.sttFinalMs, t.vadStopMs, t.turnWaitMs)],
  ['to the model', (t: TurnLatencyEvent) => diff(t.llmStartMs, t.sttFinalMs)],
  ['model and tools', (t: TurnLatencyEvent) => diff(t.textStartMs, t.llmStartMs)],
  ['TTS first audio', (t: TurnLatencyEvent) => diff(t.ttsStartMs, t.textStartMs)],
  ['server voice-to-voice', (t: TurnLatencyEvent) => t.voiceToVoiceMs],
] as const;

function diff(end: number | undefined, start: number | undefined, extra = 0): number | undefined {
  return end === undefined || start === undefined ? undefined : end - start - extra;
}

/** "p50 / p95" of each stage, in STAGES order ("–" where no turn had that mark). */
export function stageBreakdown(turns: readonly TurnLatencyEvent[]): string[] {
  return STAGES.map(([, of]) => {
    const values = turns.map(of).filter((v): v is number => v !== undefined && Number.isFinite(v));
    if (values.length === 0) return '–';
    return `${Math.round(percentile(values, 50))} / ${Math.round(percentile(values, 95))}`;
  });
}

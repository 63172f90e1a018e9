import { describe, expect, it } from 'vitest';
import type { TurnLatencyEvent } from './debug-watch.ts';
import { STAGES, stageBreakdown } from './stage-breakdown.ts';

const turn = (t: Partial<TurnLatencyEvent>): TurnLatencyEvent => ({
  sessionId: 's',
  at: 0,
  voiceToVoiceMs: 0,
  ...t,
});

describe('stageBreakdown', () => {
  it("gives each stage's own share, not the running totals", () => {
    const turns = [
      turn({
        vadStopMs: 200,
        turnWaitMs: 5,
        sttFinalMs: 230,
        llmStartMs: 240,
        textStartMs: 250,
        ttsStartMs: 260,
        voiceToVoiceMs: 265,
      }),
      turn({
        vadStopMs: 210,
        turnWaitMs: 0,
        sttFinalMs: 300,
        llmStartMs: 320,
        textStartMs: 400,
        ttsStartMs: 700,
        voiceToVoiceMs: 705,
      }),
    ];
    const cells = Object.fromEntries(STAGES.map(([name], i) => [name, stageBreakdown(turns)[i]]));
    expect(cells).toEqual({
      'VAD stop': '200 / 210',
      'turn wait': '0 / 5',
      'STT final': '25 / 90',
      'to the model': '10 / 20',
      'model and tools': '10 / 80',
      'TTS first audio': '10 / 300',
      'server voice-to-voice': '265 / 705',
    });
  });

  it('shows a dash for a stage no turn reported', () => {
    const cells = stageBreakdown([turn({ voiceToVoiceMs: 300 })]);
    expect(cells.slice(0, 6)).toEqual(['–', '–', '–', '–', '–', '–']);
    expect(cells[6]).toBe('300 / 300');
  });
});

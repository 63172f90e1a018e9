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
        vadStopMs: 230,
        inputLagMs: 30,
        turnWaitMs: 5,
        sttFinalMs: 260,
        llmStartMs: 270,
        textStartMs: 280,
        ttsStartMs: 290,
        voiceToVoiceMs: 295,
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
      'VAD stop window': '200 / 210',
      'input lag': '30 / 30',
      'turn wait': '0 / 5',
      'STT final': '25 / 90',
      'to the model': '10 / 20',
      'model and tools': '10 / 80',
      'TTS first audio': '10 / 300',
      'server voice-to-voice': '295 / 705',
    });
  });

  it('shows a dash for a stage no turn reported', () => {
    const cells = stageBreakdown([turn({ voiceToVoiceMs: 300 })]);
    expect(cells.slice(0, 7)).toEqual(['–', '–', '–', '–', '–', '–', '–']);
    expect(cells[7]).toBe('300 / 300');
  });
});

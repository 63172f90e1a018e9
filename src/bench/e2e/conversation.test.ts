import { describe, expect, it } from 'vitest';
import type { PipecatWsClient } from '../pipecat-ws-client.ts';
import { analyseOutput } from './conversation.ts';

const msg = (at: number, type: string) => ({ at, message: { label: 'rtvi-ai' as const, type } });
const chunk = (at: number) => ({ at, samples: 960 }); // 40 ms at 24 kHz

function client(messages: ReturnType<typeof msg>[], audio: ReturnType<typeof chunk>[]) {
  return { messages, audio } as unknown as Pick<PipecatWsClient, 'messages' | 'audio'>;
}

describe('output underruns', () => {
  it('counts gaps beyond one chunk plus the tolerance inside bot-speaking periods only', () => {
    const c = client(
      [
        msg(0, 'bot-started-speaking'),
        msg(400, 'bot-stopped-speaking'),
        msg(1000, 'bot-started-speaking'),
        msg(1200, 'bot-stopped-speaking'),
      ],
      // 0..80 paced, then a 120 ms gap (underrun), 240 on time; between periods a long pause
      // (not an underrun: the bot is not speaking), then 1000..1160 paced with one 81 ms gap.
      [0, 40, 80, 200, 240, 1000, 1040, 1121, 1160].map(chunk),
    );
    const r = analyseOutput(c, 0, 1200, 40);
    expect(r.underruns).toBe(2);
    expect(r.maxGapMs).toBe(120);
    // The player ran dry from 120 to 200 and from 1120 to 1121; nothing between periods counts.
    expect(r.maxSilenceMs).toBe(80);
    expect(r.frames).toBe(9);
    expect(r.botSpeakingMs).toBe(600);
  });

  it('takes a period still open at the end of the turn up to the turn end, and ignores frames before the turn', () => {
    const c = client([msg(100, 'bot-started-speaking')], [chunk(-500), chunk(100), chunk(140), chunk(300)]);
    const r = analyseOutput(c, 0, 400, 40);
    expect(r.frames).toBe(3);
    expect(r.underruns).toBe(1);
    expect(r.botSpeakingMs).toBe(300);
  });

  it('a chunk sent ahead (the lead) hides a late one from the player', () => {
    // Two chunks at 0 (one chunk of lead), then one per 40 ms, one of them 35 ms late.
    const c = client([msg(0, 'bot-started-speaking')], [0, 0, 40, 80, 155, 160, 200].map(chunk));
    const r = analyseOutput(c, 0, 300, 20);
    expect(r.maxGapMs).toBe(75);
    expect(r.underruns).toBe(1);
    expect(r.maxSilenceMs).toBe(0);
    // Without the lead the same lateness is heard.
    const bare = analyseOutput(
      client([msg(0, 'bot-started-speaking')], [0, 40, 80, 155].map(chunk)),
      0,
      300,
      40,
    );
    expect(bare.maxSilenceMs).toBe(35);
  });
});

/**
 * A whole speech-to-speech conversation on the real server (REALTIME_PROVIDER=openai, then
 * gemini, pointed at the local stand-ins) over the Pipecat protocol: the model greets, searches the demo
 * catalog, is interrupted mid-reply by the shopper's voice (the stand-in's server VAD), adds
 * the first product to the cart from that spoken turn, reads the order back and places it only
 * after the typed "yes". Checks what the client saw (RTVI events, shop UI, bot audio), what
 * the stand-in got (OpenAI: a truncation at what was played) and what was recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipecatWsClient, type RtviMessage } from '../../src/bench/pipecat-ws-client.ts';
import { GeminiStandIn } from '../../src/services/realtime/standin/gemini-standin.ts';
import { OpenAiStandIn } from '../../src/services/realtime/standin/openai-standin.ts';
import { listSessions, sessionEvents, startTestServer, type TestServer } from './e2e-helpers.ts';

interface StandInUnderTest {
  env: Record<string, string>;
  close(): Promise<void>;
  /** OpenAI only: the truncations the session sent (Gemini has none). */
  truncations?: () => { audio_end_ms: number }[];
  setUps: () => number;
}

const delays = { firstDeltaMs: 100, chunkIntervalMs: 20, chunkMs: 100, msPerChar: 40 };
const heard = ['add the first one to my cart'];
const STAND_INS: Record<string, () => Promise<StandInUnderTest>> = {
  openai: async () => {
    const s = await OpenAiStandIn.start({ delays, heard: [...heard], requireKey: true });
    return {
      env: { REALTIME_PROVIDER: 'openai', OPENAI_REALTIME_URL: s.url, REALTIME_API_KEY: 'test-key' },
      close: () => s.close(),
      truncations: () => s.log.truncations,
      setUps: () => s.receivedOf('session.update').length,
    };
  },
  gemini: async () => {
    const s = await GeminiStandIn.start({ delays, heard: [...heard] });
    return {
      env: { REALTIME_PROVIDER: 'gemini', GEMINI_LIVE_BASE_URL: s.baseUrl, REALTIME_API_KEY: 'test-key' },
      close: () => s.close(),
      setUps: () => s.receivedOf('setup').length,
    };
  },
};

const serverMessage = (kind: string) => (m: RtviMessage) =>
  m.type === 'server-message' && (m.data as { type?: string } | undefined)?.type === kind;
const callStopped = (name: string) => (m: RtviMessage) =>
  m.type === 'llm-function-call-stopped' && m.data?.function_name === name;

/** A voice-like tone (the stand-in's VAD hears energy, not words) and the pause that ends the turn. */
function spokenTurn(): Int16Array {
  const pcm = new Int16Array(16_000 * 1.6);
  for (let i = 0; i < 16_000 * 0.8; i++)
    pcm[i] = Math.round(6000 * Math.sin((2 * Math.PI * 300 * i) / 16_000));
  return pcm;
}

describe.each(Object.keys(STAND_INS))('speech-to-speech session on the %s stand-in', (provider) => {
  let t: TestServer;
  let standIn: StandInUnderTest;

  beforeAll(async () => {
    standIn = await STAND_INS[provider]!();
    t = await startTestServer(standIn.env);
  }, 120_000);

  afterAll(async () => {
    await t?.stop();
    await standIn?.close();
  });

  it('greets, searches, is interrupted mid-reply, adds to the cart and confirms the order', async () => {
    const client = await PipecatWsClient.connect(t.base);
    try {
      // The greeting, said by the model.
      await client.waitFor((m) => m.type === 'bot-llm-stopped', 15_000);

      client.sendText('show me hoodies');
      await client.waitFor(serverMessage('products'), 15_000);
      const speaking = await client.waitFor((m) => m.type === 'bot-started-speaking', 15_000, {
        after: client.messages.at(-1)!.at,
      });
      // Let some of the long product read-back play, then talk over it.
      await client.waitForAudio(speaking.at + 800, 15_000);
      const talkAt = performance.now();
      await client.streamAudio(spokenTurn());
      const interrupted = await client.waitFor((m) => m.type === 'bot-interrupted', 10_000, {
        after: talkAt,
      });
      await client.waitFor((m) => m.type === 'user-started-speaking', 10_000, { after: talkAt });
      expect(interrupted).toBeDefined();
      const heard = await client.waitFor(
        (m) => m.type === 'user-transcription' && m.data?.final === true,
        10_000,
        { after: talkAt },
      );
      expect(heard.message.data?.text).toBe('add the first one to my cart');
      await client.waitFor(serverMessage('cart'), 15_000, { after: talkAt });
      // The cut reply was truncated at what the client was sent: some, not all, of its audio.
      if (standIn.truncations) {
        expect(standIn.truncations().length).toBeGreaterThanOrEqual(1);
        expect(standIn.truncations()[0]!.audio_end_ms).toBeGreaterThan(0);
      }

      const beforeOrder = performance.now();
      client.sendText('I would like to check out');
      await client.waitFor(serverMessage('confirm'), 15_000, { after: beforeOrder });
      // The read-back is said before the shopper answers it.
      await client.waitFor((m) => m.type === 'bot-tts-stopped', 15_000, { after: beforeOrder });
      // Nothing is placed before the shopper's yes.
      expect(client.messages.some((r) => serverMessage('order')(r.message))).toBe(false);
      client.sendText('yes');
      await client.waitFor(callStopped('confirm_order'), 15_000, { after: beforeOrder });
      await client.waitFor(serverMessage('order'), 15_000, { after: beforeOrder });
      await client.waitFor((m) => m.type === 'bot-llm-stopped', 15_000, { after: performance.now() - 1 });

      const [session] = await listSessions(t.base, client.cookie);
      const events = await sessionEvents(t.base, client.cookie, session!.id);
      const of = (type: string) => events.filter((e) => e.type === type);
      expect(of('session_start')[0]!.payload).toMatchObject({ realtime: provider });
      const calls = of('tool_call').map((e) => e.payload.name);
      expect(calls).toEqual(
        expect.arrayContaining(['search_products', 'add_to_cart', 'prepare_order', 'confirm_order']),
      );
      const callIds = of('tool_call').map((e) => e.payload.toolCallId);
      expect(new Set(callIds).size).toBe(callIds.length); // nothing recorded twice
      expect(of('tool_result').length).toBe(callIds.length);
      const confirm = of('tool_result').find((e) => e.payload.name === 'confirm_order')!;
      expect(JSON.stringify(confirm.payload.result)).not.toContain('error');
      expect(of('user_transcript').map((e) => e.payload.text)).toEqual(
        expect.arrayContaining(['show me hoodies', 'add the first one to my cart', 'yes']),
      );
      expect(of('interruption').length).toBeGreaterThanOrEqual(1);
      const cutText = of('assistant_text').find((e) => e.payload.interrupted === true);
      expect(cutText).toBeDefined();
      expect(String(cutText!.payload.fullText).length).toBeGreaterThan(String(cutText!.payload.text).length);
      expect(of('metrics').length).toBeGreaterThan(0);
      expect(standIn.setUps()).toBe(1);
    } finally {
      await client.close();
    }
  }, 120_000);
});

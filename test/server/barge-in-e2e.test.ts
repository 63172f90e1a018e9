/**
 * Barge-in end to end on the real offline server: the shopper talks over a long spoken reply.
 * Over the Pipecat WebSocket the bot's audio stops within about a chunk of the server noticing
 * speech, the recorded conversation and the LLM history keep only what was played, and the new
 * request is answered; over Twilio the caller's buffered audio is cleared.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PipecatWsClient, type RtviMessage } from '../../src/bench/pipecat-ws-client.ts';
import { LlmProcessor } from '../../src/services/llm/llm-processor.ts';
import {
  eventually,
  listSessions,
  onsetMs,
  placeTwilioCall,
  sessionEvents,
  speech,
  startTestServer,
  type TestServer,
  wordsEndMs,
} from './e2e-helpers.ts';

let t: TestServer;

/** The latest conversation's events (type and text), for failure messages. */
function recorded(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT type, payload FROM conversation_events WHERE session_id =
           (SELECT session_id FROM conversation_events ORDER BY rowid DESC LIMIT 1) ORDER BY seq`,
      )
      .all() as { type: string; payload: string }[];
    return rows.map((r) => `  ${r.type} ${r.payload.slice(0, 160)}`).join('\n');
  } catch (e) {
    return `  (unreadable: ${(e as Error).message})`;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  // On a loaded machine the recogniser's worker decodes slower than real time and its final can
  // come long after the words: the production deadline (5 s) dropped the caller's first request
  // ("timed out waiting for 2.5 s of bot media"). The test waits for the final instead.
  // The shopper talks over a reply here, so the bot must not open with a greeting of its own
  // (greetings are cut the same way: src/server/session/agent.test.ts, agents-e2e.test.ts).
  t = await startTestServer({ STT_FINALIZE_TIMEOUT_MS: '120000', AGENT_GREETING: 'false' });
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await t?.stop();
});

const CHUNK_MS = 40;
const is = (type: string) => (m: RtviMessage) => m.type === type;
const productsFor = (word: string) => (m: RtviMessage) =>
  m.type === 'server-message' &&
  (m.data as { type?: string })?.type === 'products' &&
  JSON.stringify(m.data).toLowerCase().includes(word);

describe('barge-in over the Pipecat WebSocket', () => {
  it('stops the bot within about a chunk, records and remembers only what was played, answers the new request', async () => {
    const committed: { spoken: string; history: unknown[] }[] = [];
    const original = LlmProcessor.prototype.commitAssistantSpoken;
    vi.spyOn(LlmProcessor.prototype, 'commitAssistantSpoken').mockImplementation(function (
      this: LlmProcessor,
      spoken: string,
    ) {
      original.call(this, spoken);
      committed.push({ spoken, history: this.context.messages() });
    });

    const client = await PipecatWsClient.connect(t.base);
    const bargeIn = await speech('show me hoodies');
    client.sendText('show me running shoes'); // about 18 s of speech
    const started = await client.waitFor(is('bot-started-speaking'), 20_000);
    // Let the first sentence play and the second begin.
    await eventually(
      () => client.audio.filter((a) => a.at >= started.at).length * CHUNK_MS >= 2_800,
      '2.8 s of bot audio',
      20_000,
      10,
    );
    const streamStart = performance.now();
    const streaming = client.streamAudio(bargeIn);
    const onset = streamStart + onsetMs(bargeIn);

    const userStarted = await client.waitFor(is('user-started-speaking'), 10_000, { after: streamStart });
    const botStopped = await client.waitFor(is('bot-stopped-speaking'), 5_000, { after: streamStart });
    const final = await client.waitFor(
      (m) => m.type === 'user-transcription' && m.data?.final === true,
      20_000,
      { after: streamStart },
    );
    expect(String(final.message.data?.text).toLowerCase()).toContain('hoodies');
    await client.waitFor(productsFor('hoodie'), 20_000, { after: streamStart });
    const restarted = await client.waitFor(is('bot-started-speaking'), 20_000, { after: botStopped.at });
    await client.waitForAudio(restarted.at, 10_000);
    await streaming;

    // Old-reply audio: what arrived after the server heard the shopper, before the new reply.
    const late = client.audio.filter((a) => a.at >= userStarted.at && a.at < restarted.at);
    // Negative when the last chunk left before the user-started-speaking message did.
    const lastOld = client.audio.filter((a) => a.at < restarted.at).at(-1)!.at;
    const stopLatencyMs = lastOld - userStarted.at;
    const vadLatencyMs = userStarted.at - onset;
    const afterStop = client.audio.filter((a) => a.at > botStopped.at && a.at < restarted.at);
    console.info(
      `[barge-in] VAD start ${vadLatencyMs.toFixed(0)} ms after speech onset; ` +
        `${late.length} old chunk(s) after user-started-speaking, last chunk ${stopLatencyMs.toFixed(0)} ms after it; ` +
        `bot-stopped-speaking ${(botStopped.at - userStarted.at).toFixed(0)} ms after it`,
    );
    // One chunk in flight plus propagation; a sentence would be 50+ chunks over 2+ s.
    expect(late.length).toBeLessThanOrEqual(4);
    expect(stopLatencyMs).toBeLessThan(CHUNK_MS + 400);
    expect(botStopped.at).toBeGreaterThanOrEqual(userStarted.at);
    expect(afterStop).toEqual([]);
    // The bot was talking when the shopper started, so the barge-in cut something off.
    const playedMs =
      client.audio.filter((a) => a.at >= started.at && a.at < userStarted.at).length * CHUNK_MS;
    expect(playedMs).toBeGreaterThan(2_500);

    // The recorded conversation: the interrupted turn is what was played, no more.
    const id = (await listSessions(t.base, client.cookie)).at(-1)!.id;
    const events = await eventually(async () => {
      const evs = await sessionEvents(t.base, client.cookie, id);
      return evs.some((e) => e.type === 'assistant_text' && e.payload.interrupted) &&
        evs.filter((e) => e.type === 'user_transcript').length >= 2
        ? evs
        : undefined;
    }, 'the interrupted turn in the recorded conversation');
    const full = events.find((e) => e.type === 'assistant_text' && !e.payload.interrupted)!;
    const cut = events.find((e) => e.type === 'assistant_text' && e.payload.interrupted)!;
    const fullText = String(full.payload.text);
    const heard = String(cut.payload.text);
    expect(fullText).toMatch(/^I found \d+ options\./);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.length).toBeLessThan(fullText.length);
    // Everything heard, from the first sentence of the turn on, is the start of the full reply.
    expect(fullText.startsWith(heard)).toBe(true);
    expect(heard).toMatch(/^I found \d+ options\. First, /);
    expect(cut.payload.fullText).toBe(fullText);
    // In order: the reply, the barge-in, what was heard of the reply, then the new request.
    const after = events.filter((e) => e.seq > full.seq).map((e) => e.type);
    expect(after.indexOf('interruption')).toBeGreaterThanOrEqual(0);
    expect(after.indexOf('interruption')).toBeLessThan(after.indexOf('user_transcript'));
    expect(cut.seq).toBeLessThan(events.findLast((e) => e.type === 'user_transcript')!.seq);

    // The LLM history keeps the spoken part only.
    expect(committed.length).toBeGreaterThanOrEqual(1);
    expect(committed[0]!.spoken).toBe(heard);
    const assistant = committed[0]!.history.filter(
      (m): m is { role: 'assistant'; content: string } =>
        (m as { role: string }).role === 'assistant' && !!(m as { content?: string }).content,
    );
    expect(assistant.at(-1)!.content).toBe(heard);
    await client.close();
  }, 90_000);
});

describe('barge-in on a Twilio call', () => {
  it('sends clear when the caller talks over the reply, and the old reply stops', async () => {
    const call = await placeTwilioCall(t.base, 'CA0000001');
    const media = () => call.events.filter((e) => e.event === 'media');
    // Over the phone's 8 kHz µ-law the recogniser misreads some phrases: 'show me running shoes'
    // came back 'what hood' (and 'show me hoodies' 'what a nude') whenever this test ran alone, and
    // the short 'Which product do you mean?' ended before any barge-in (CI timed out here). This
    // test is about barge-in, so its request is one the phone path hears; phone accuracy is #12's.
    await call.stream(await speech('show me jackets'));
    await eventually(() => media().length * CHUNK_MS >= 2_500, '2.5 s of bot media', 30_000, 10).catch(
      (e: Error) => {
        // A CI run timed out here once and said nothing more: what the call recorded says why.
        throw new Error(
          `${e.message}; ${media().length} media message(s); the call recorded:\n${recorded(t.dbPath)}`,
        );
      },
    );
    // A clear may answer the caller's own first words; none while the reply plays undisturbed.
    const firstMedia = media()[0]!.at;
    expect(call.events.some((e) => e.event === 'clear' && e.at > firstMedia)).toBe(false);

    const bargeIn = await speech('show me hoodies');
    const streamStart = performance.now();
    const streaming = call.stream(bargeIn);
    const onset = streamStart + onsetMs(bargeIn);
    // When the words end (the trailing silence lets the VAD see it): no new reply before that.
    const wordsEnd = streamStart + wordsEndMs(bargeIn);
    const clear = await eventually(
      () => call.events.find((e) => e.event === 'clear' && e.at >= streamStart),
      'clear',
      5_000,
    );
    await streaming;
    // Whatever media came after the clear (beyond a chunk in flight) while the caller was still
    // talking would be the old reply playing on.
    const afterClear = media().filter((e) => e.at > clear.at && e.at <= wordsEnd);
    console.info(
      `[barge-in twilio] clear ${(clear.at - onset).toFixed(0)} ms after speech onset; ` +
        `${afterClear.length} media message(s) after it while the caller spoke`,
    );
    expect(clear.at).toBeGreaterThan(onset);
    expect(afterClear.length).toBeLessThanOrEqual(2);
    expect(media().filter((e) => e.at > clear.at && e.at <= wordsEnd).length).toBeLessThan(
      (wordsEnd - clear.at) / CHUNK_MS / 2,
    );
    // The new request is answered on the line.
    await eventually(() => media().some((e) => e.at > wordsEnd), 'the new reply', 20_000);
    call.close();
  }, 90_000);
});

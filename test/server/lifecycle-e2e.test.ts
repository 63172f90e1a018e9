/**
 * Sessions ending badly on the real offline server: a client vanishing mid-turn (socket
 * destroyed while the bot speaks, and while the shopper's speech is being decoded) leaves no
 * session, timer, socket or thread behind; malformed, oversized and out-of-order frames get
 * clear RTVI errors and the session keeps working wherever the protocol allows it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import {
  encodeAudioFrame,
  encodeMessageFrame,
  encodeTextFrame,
} from '../../src/transports/websocket/protobuf.ts';
import {
  eventually,
  listSessions,
  RawPipecatSocket,
  type SessionRow,
  sessionEvents,
  sleep,
  speech,
  startTestServer,
  type TestServer,
} from './e2e-helpers.ts';

const ADMIN_TOKEN = 'lifecycle-admin-token-0123456789abcdef';
let t: TestServer;

beforeAll(async () => {
  // No greeting: a spoken greeting racing the first typed turn would make "nothing was spoken"
  // depend on machine load (it did in CI). Greetings have their own tests (agent.test.ts, agents-e2e).
  t = await startTestServer({
    ADMIN_TOKEN,
    SESSION_RATE_PER_MINUTE: '1000',
    SESSION_CONNECT_TIMEOUT_S: '2',
    AGENT_GREETING: 'false',
  });
  // Warm every shared pool (TTS and STT workers, VAD) once, so what stays is long-lived.
  const client = await PipecatWsClient.connect(t.base);
  await client.streamAudio(await speech('show me hoodies'));
  await client.waitForAudio(0, 20_000);
  await client.close();
  await eventually(async () => (await liveSessions()).length === 0, 'the warm-up session to end');
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

async function allSessions(): Promise<SessionRow[]> {
  const res = await fetch(`${t.base}/api/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { sessions: SessionRow[] }).sessions;
}
const liveSessions = async () => (await allSessions()).filter((s) => s.state !== 'ended');

const rtvi = (type: string, id: string | undefined, data?: unknown) =>
  encodeMessageFrame({ label: 'rtvi-ai', type, ...(id ? { id } : {}), ...(data ? { data } : {}) });
const sendText = (content: string, id: string, runImmediately = true) =>
  rtvi('send-text', id, { content, options: { run_immediately: runImmediately, audio_response: false } });
const products = (word: string) => (m: { type?: string; data?: Record<string, unknown> }) =>
  m.type === 'server-message' &&
  m.data?.type === 'products' &&
  JSON.stringify(m.data).toLowerCase().includes(word);
/** A protobuf MessageFrame whose data is `data` verbatim (encodeMessageFrame would JSON-encode it). */
function messageFrameWithData(data: string): Uint8Array {
  const bytes = Buffer.from(data, 'utf8');
  if (bytes.length > 120) throw new Error('short data only (one-byte lengths)');
  const inner = Buffer.concat([Buffer.from([0x0a, bytes.length]), bytes]);
  return Buffer.concat([Buffer.from([0x22, inner.length]), inner]);
}
const errorText = (m: { data?: Record<string, unknown> }) => String(m.data?.error ?? '');

describe('malformed, oversized and out-of-order frames', () => {
  it('takes audio before client-ready (the web client flushes its queue after ready) and hears it', async () => {
    const raw = await RawPipecatSocket.open(t.base);
    await streamRaw(raw, await speech('show me hoodies'));
    raw.send(rtvi('client-ready', 'r1', { version: '2.1.0' }));
    await raw.waitFor((m) => m.type === 'bot-ready' && m.id === 'r1', 'bot-ready');
    const final = await raw.waitFor(
      (m) => m.type === 'user-transcription' && m.data?.final === true,
      'final transcription',
      20_000,
    );
    expect(String(final.data?.text)).toContain('hoodies');
    await raw.waitFor(products('hoodie'), 'products', 20_000);
    expect(raw.messages.filter((m) => m.type === 'error' || m.type === 'error-response')).toEqual([]);
    raw.ws.close();
    await endedSession(raw);
  }, 40_000);

  it('answers RTVI messages sent before the handshake, then completes the handshake', async () => {
    const raw = await RawPipecatSocket.open(t.base);
    raw.send(rtvi('no-such-type', 'u1'));
    raw.send(rtvi('send-text', 'v1', { options: {} })); // no content
    raw.send(rtvi('client-message', 'c1', { t: 'ping' })); // fire-and-forget: no handler, no reply
    // A typed turn before client-ready is still the shopper's request (Pipecat runs it too).
    raw.send(sendText('show me hoodies', 's1'));
    const unsupported = await raw.waitFor((m) => m.type === 'error-response' && m.id === 'u1', 'u1');
    expect(errorText(unsupported)).toBe('Unsupported type no-such-type');
    const invalid = await raw.waitFor((m) => m.type === 'error-response' && m.id === 'v1', 'v1');
    expect(errorText(invalid)).toMatch(/^Invalid message: .*content/);
    await raw.waitFor(products('hoodie'), 'products for the early typed turn', 20_000);
    raw.send(rtvi('client-ready', 'r1', { version: '2.1.0' }));
    await raw.waitFor((m) => m.type === 'bot-ready' && m.id === 'r1', 'bot-ready');
    expect(raw.closeCode).toBeUndefined();
    raw.ws.close();
    await endedSession(raw);
  }, 40_000);

  it('answers garbage, text and bad audio frames with non-fatal RTVI errors and keeps the session', async () => {
    const raw = await handshake();
    const errors = () => raw.messages.filter((m) => m.type === 'error');
    raw.send(Buffer.from([0xff, 0x00, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef])); // not a protobuf Frame
    raw.send('{"label":"rtvi-ai","type":"client-ready"}'); // text WS frame
    raw.send(encodeAudioFrame(new Uint8Array(513), 16_000, 1)); // odd byte count
    raw.send(encodeAudioFrame(new Uint8Array(512), 4_000, 1)); // unsupported rate
    raw.send(messageFrameWithData('{not json'));
    raw.send(encodeTextFrame('a protobuf text frame: a kind the server has no use for'));
    await eventually(() => errors().length >= 5, 'five RTVI errors');
    for (const e of errors()) {
      expect(e.data?.fatal).toBe(false);
      expect(e.data?.message).toBe(e.data?.error);
      expect(errorText(e).length).toBeGreaterThan(10);
    }
    const texts = errors().map(errorText);
    expect(texts[1]).toMatch(/Text WebSocket frames are not supported/);
    expect(texts[2]).toMatch(/Unsupported audio frame: 513 bytes/);
    expect(texts[3]).toMatch(/4000 Hz/);
    expect(texts[4]).toMatch(/^Invalid message: not JSON/);
    await sleep(200);
    expect(errors()).toHaveLength(5); // the text frame kind is ignored, not an error
    expect(raw.textFrames).toEqual([]); // every reply is a binary protobuf frame
    raw.send(sendText('show me hoodies', 's2'));
    await raw.waitFor(products('hoodie'), 'products after the garbage', 20_000);
    expect(raw.closeCode).toBeUndefined();
    raw.ws.close();
    await endedSession(raw);
  }, 40_000);

  it('closes a socket that sends a frame over 1 MiB (1009) and ends its session cleanly', async () => {
    const raw = await handshake();
    raw.send(encodeAudioFrame(new Uint8Array(1024 * 1024 + 2), 16_000, 1));
    expect(await raw.closed).toBe(1009);
    const ended = await endedSession(raw);
    expect(ended.endReason).toBe('client disconnected');
  }, 20_000);
});

describe('typed send-text options', () => {
  it('audio_response:false answers on screen without speaking; run_immediately:false waits for the next turn', async () => {
    const raw = await handshake();
    raw.send(sendText('show me hoodies', 'q1'));
    await raw.waitFor(products('hoodie'), 'products', 20_000);
    const stopped = await raw.waitFor(
      (m) => m.type === 'bot-llm-stopped' && m.data === undefined,
      'reply',
      20_000,
    );
    await sleep(1_000);
    expect(raw.messages.some((m) => m.type === 'bot-llm-text')).toBe(true);
    // The transcript of client-react / voice-ui-kit shows bot-output: the reply (after a tool call) is there.
    const shown = raw.messages.filter((m) => m.type === 'bot-output' && m.data?.will_be_spoken === false);
    expect(shown.map((m) => m.data?.text).join(' ')).toMatch(/^I found \d+ options\./);
    // The screen gets the reply once, as the output guard let it through (not its raw chunks too).
    const streamed = raw.messages.filter((m) => m.type === 'bot-llm-text').map((m) => m.data?.text);
    expect(streamed.join('').match(/I found/g)).toHaveLength(1);
    expect(streamed.join('').replace(/\s+/g, ' ').trim()).toBe(shown.map((m) => m.data?.text).join(' '));
    expect(raw.audio).toEqual([]);
    expect(
      raw.messages.filter((m) => m.type === 'bot-started-speaking' || m.type === 'bot-tts-started'),
    ).toEqual([]);

    // Appended to the context, not answered.
    const before = raw.messages.length;
    raw.send(sendText('I would like it in red', 'q2', false));
    await sleep(1_000);
    expect(raw.messages.slice(before).map((m) => m.type)).toEqual([]);
    raw.send(sendText('show me running shoes', 'q3'));
    await raw.waitFor((m) => m.at > stopped.at && m.type === 'user-llm-text', 'the next turn', 20_000);
    await raw.waitFor(products('shoe'), 'the next reply', 20_000);

    const [mine] = await listSessions(t.base, raw.cookie);
    const events = await sessionEvents(t.base, raw.cookie, mine!.id);
    expect(events.filter((e) => e.type === 'user_transcript').map((e) => e.payload)).toEqual([
      { text: 'show me hoodies', source: 'typed' },
      { text: 'I would like it in red', source: 'typed', runImmediately: false },
      { text: 'show me running shoes', source: 'typed' },
    ]);
    raw.ws.close();
    await endedSession(raw);
  }, 40_000);
});

describe('sessions ended on purpose', () => {
  it('a started session whose socket never connects ends at the connect timeout; its token is then refused', async () => {
    const res = await fetch(`${t.base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    const { wsUrl, token } = (await res.json()) as { wsUrl: string; token: string };
    expect((await listSessions(t.base, cookie))[0]?.state).toBe('pending');
    const ended = await eventually(
      async () => {
        const [s] = await listSessions(t.base, cookie);
        return s?.state === 'ended' ? s : undefined;
      },
      'the connect timeout',
      10_000,
      100,
    );
    expect(ended.endReason).toBe('transport never connected');
    const late = new WebSocket(`${wsUrl}?token=${token}`);
    expect(await new Promise((r) => late.once('close', r))).toBe(4003);
  }, 20_000);

  it('a token works once: a second socket with it is refused and the first session carries on', async () => {
    const res = await fetch(`${t.base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    const { wsUrl, token } = (await res.json()) as { wsUrl: string; token: string };
    const first = new WebSocket(`${wsUrl}?token=${token}`);
    await new Promise((r) => first.once('open', r));
    const second = new WebSocket(`${wsUrl}?token=${token}`);
    expect(await new Promise((r) => second.once('close', r))).toBe(4003);
    const replies: string[] = [];
    first.on('message', (raw: Buffer) => replies.push(raw.toString('latin1')));
    first.send(rtvi('client-ready', 'r1', { version: '2.1.0' }));
    await eventually(() => replies.some((r) => r.includes('bot-ready')), 'bot-ready on the first socket');
    const closed = new Promise((r) => first.once('close', r));
    first.close();
    await closed;
    await eventually(
      async () => (await listSessions(t.base, cookie))[0]?.state === 'ended',
      'the session to end',
    );
  }, 20_000);

  it('disconnect-bot ends the session gracefully and closes the socket with 1000', async () => {
    const raw = await handshake();
    raw.send(rtvi('disconnect-bot', 'd1', {}));
    expect(await raw.closed).toBe(1000);
    const ended = await endedSession(raw);
    expect(ended.endReason).toMatch(/disconnect-bot|end/);
  }, 20_000);

  it('DELETE /api/sessions/:id mid-reply ends the session and closes the client', async () => {
    const raw = await handshake();
    raw.send(
      encodeMessageFrame({
        label: 'rtvi-ai',
        type: 'send-text',
        id: 't1',
        data: { content: 'show me running shoes', options: { run_immediately: true, audio_response: true } },
      }),
    );
    await eventually(() => raw.audio.length >= 5, 'bot audio', 20_000);
    const [mine] = await listSessions(t.base, raw.cookie);
    const asked = performance.now();
    const res = await fetch(`${t.base}/api/sessions/${mine!.id}`, {
      method: 'DELETE',
      headers: { cookie: raw.cookie ?? '' },
    });
    const answered = performance.now();
    expect(res.status).toBe(200);
    expect(((await res.json()) as SessionRow).state).toBe('ended');
    expect(await raw.closed).toBeGreaterThanOrEqual(1000);
    // A short drain, not the remaining ~15 s of the reply.
    const spokenAfter = raw.audio.filter((at) => at > asked).length * 40;
    console.info(
      `[delete] answered in ${(answered - asked).toFixed(0)} ms; ${spokenAfter} ms of audio after the request`,
    );
    expect(spokenAfter).toBeLessThan(5_000);
    expect((await listSessions(t.base, raw.cookie))[0]?.endReason).toBe('ended through the API');
  }, 30_000);
});

type Resources = ReturnType<typeof resources>;

/** Active handles and requests by kind, plus OS threads (worker threads, native pools). */
function resources() {
  const byType: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) byType[r] = (byType[r] ?? 0) + 1;
  const threads = Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  return { byType, threads };
}

/** Opens a session and completes the RTVI handshake on a raw socket. */
async function handshake(): Promise<RawPipecatSocket> {
  const raw = await RawPipecatSocket.open(t.base);
  raw.send(
    encodeMessageFrame({ label: 'rtvi-ai', type: 'client-ready', id: 'r1', data: { version: '2.1.0' } }),
  );
  await raw.waitFor((m) => m.type === 'bot-ready' && m.id === 'r1', 'bot-ready');
  return raw;
}

async function streamRaw(raw: RawPipecatSocket, pcm: Int16Array, untilMs = Infinity): Promise<void> {
  const start = performance.now();
  for (let i = 0, n = 0; i < pcm.length && n * 16 < untilMs; i += 256, n++) {
    const wait = start + n * 16 - performance.now();
    if (wait > 1) await sleep(wait);
    const piece = pcm.subarray(i, i + 256);
    raw.send(encodeAudioFrame(new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength), 16_000, 1));
  }
}

async function endedSession(raw: RawPipecatSocket): Promise<SessionRow> {
  const [mine] = await listSessions(t.base, raw.cookie);
  expect(mine).toBeDefined();
  return eventually(async () => {
    const [s] = await listSessions(t.base, raw.cookie);
    return s?.state === 'ended' ? s : undefined;
  }, 'the session to end');
}

describe('a client vanishing mid-turn', () => {
  it('releases the session, its timers, sockets and threads (bot speaking; speech being decoded)', async () => {
    await eventually(async () => (await liveSessions()).length === 0, 'earlier sessions to end');
    // The quietest of a few samples: timers and immediates come and go while idle.
    let before = resources();
    for (let i = 0; i < 5; i++) {
      await sleep(50);
      const now = resources();
      if (
        Object.values(now.byType).reduce((x, y) => x + y, 0) <
        Object.values(before.byType).reduce((x, y) => x + y, 0)
      )
        before = now;
    }

    // 1. The bot is speaking a long reply when the client's socket is destroyed (no close frame).
    const speaking = await handshake();
    speaking.send(
      encodeMessageFrame({
        label: 'rtvi-ai',
        type: 'send-text',
        id: 't1',
        data: { content: 'show me running shoes', options: { run_immediately: true, audio_response: true } },
      }),
    );
    await eventually(() => speaking.audio.length >= 10, 'bot audio', 20_000);
    speaking.ws.terminate();
    const ended1 = await endedSession(speaking);

    // 2. The shopper is mid-sentence (VAD on, STT decoding) when the socket is destroyed.
    const talking = await handshake();
    await streamRaw(talking, await speech('show me running shoes in blue'), 1_200);
    await talking.waitFor((m) => m.type === 'user-started-speaking', 'user-started-speaking');
    talking.ws.terminate();
    const ended2 = await endedSession(talking);

    // 3. The words are over and the final decode is running when the socket goes.
    const finishing = await handshake();
    await streamRaw(finishing, await speech('show me hoodies', 250, 0));
    finishing.ws.terminate();
    const ended3 = await endedSession(finishing);

    expect([ended1, ended2, ended3].map((s) => s.endReason)).toEqual([
      'client disconnected',
      'client disconnected',
      'client disconnected',
    ]);
    expect(await liveSessions()).toEqual([]);

    // Everything per-session is gone once the event loop settles (sockets close asynchronously).
    let after = resources();
    for (let i = 0; i < 50 && leaked(before, after).length > 0; i++) {
      await sleep(100);
      after = resources();
    }
    console.info(`[vanish] before ${JSON.stringify(before)} after ${JSON.stringify(after)}`);
    expect(leaked(before, after)).toEqual([]);
  }, 90_000);
});

/** Kinds of handle (and threads) that grew from `a` to `b`. */
function leaked(a: Resources, b: Resources): string[] {
  const grew = Object.keys(b.byType).filter((k) => (b.byType[k] ?? 0) > (a.byType[k] ?? 0));
  return b.threads > a.threads ? [...grew, 'threads'] : grew;
}

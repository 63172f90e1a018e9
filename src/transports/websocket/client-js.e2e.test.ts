/**
 * The real @pipecat-ai/client-js 1.13.1 + @pipecat-ai/websocket-transport 1.7.1, in Node, against
 * a real `ws` server on 127.0.0.1 running this transport with a tiny pipeline (RTVI + an echo
 * bot standing in for LLM and TTS). Node ≥ 22's global WebSocket is required (the `ws` package
 * cannot stand in on the client side), plus `window` and a fake media manager (the default one
 * loads Daily's CDN bundle).
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { Pipeline, PipelineTask } from '../../pipeline/index.ts';
import { transportEnvSchema } from '../config.ts';
import { wsConnection } from '../connection.ts';
import { EchoBot, tone } from '../testing.ts';
import { createWebSocketSession } from './session.ts';
import type { WebSocketTransport } from './transport.ts';

Object.assign(globalThis, { window: (globalThis as { window?: unknown }).window ?? globalThis });
const { PipecatClient, logger: clientLogger, LogLevel } = await import('@pipecat-ai/client-js');
clientLogger.setLevel(LogLevel.NONE);
const { WebSocketTransport: ClientWsTransport } = await import('@pipecat-ai/websocket-transport');

/** Plays the microphone from code and records the bot audio the client would play. */
class FakeMediaManager {
  botSamples = 0;
  botChunks = 0;
  #userAudio: ((data: ArrayBuffer) => void) | undefined;
  protected _micEnabled = true;
  setUserAudioCallback(cb: (data: ArrayBuffer) => void) {
    this.#userAudio = cb;
  }
  setClientOptions() {}
  async initialize() {}
  async connect() {}
  async disconnect() {}
  async userStartedSpeaking() {}
  bufferBotAudio(data: ArrayBuffer | Int16Array) {
    const samples = data instanceof Int16Array ? data : new Int16Array(data);
    this.botSamples += samples.length;
    this.botChunks++;
    return samples;
  }
  /** The mic sends 512-byte (16 ms at 16 kHz) frames like the real recorder worklet. */
  speak(samples: Int16Array) {
    for (let i = 0; i + 256 <= samples.length; i += 256) this.#userAudio?.(samples.slice(i, i + 256).buffer);
  }
  async getAllMics() {
    return [];
  }
  async getAllCams() {
    return [];
  }
  async getAllSpeakers() {
    return [];
  }
  updateMic() {}
  updateCam() {}
  updateSpeaker() {}
  get selectedMic() {
    return {};
  }
  get selectedCam() {
    return {};
  }
  get selectedSpeaker() {
    return {};
  }
  enableMic(enable: boolean) {
    this._micEnabled = enable;
  }
  enableCam() {}
  enableScreenShare() {}
  get isCamEnabled() {
    return false;
  }
  get isMicEnabled() {
    return this._micEnabled;
  }
  get isSharingScreen() {
    return false;
  }
  tracks() {
    return { local: {} };
  }
  get supportsScreenShare() {
    return false;
  }
}

interface ServerSession {
  transport: WebSocketTransport;
  task: PipelineTask;
}

let server: WebSocketServer;
let url: string;
const sessions: ServerSession[] = [];

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
  server.on('connection', (socket) => {
    const env = transportEnvSchema.parse({});
    const { transport, rtvi, observer } = createWebSocketSession({
      connection: wsConnection(socket),
      env,
      onClientMessage: ({ t, d }) => ({ d: { got: t, echo: d } }),
    });
    const task = new PipelineTask(new Pipeline([transport.input, rtvi, new EchoBot(200), transport.output]), {
      observers: [observer],
      idleTimeoutMs: null,
    });
    transport.attach(task);
    sessions.push({ transport, task });
    void task.start();
  });
});

afterAll(async () => {
  for (const s of sessions) await s.task.cancel();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function waitFor(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      if (cond()) resolve();
      else if (Date.now() - start > ms) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

describe('real Pipecat client-js over WebSocket', () => {
  it('connects on bot-ready, gets typed replies, UI messages, responses and paced bot audio', async () => {
    const media = new FakeMediaManager();
    const events: { type: string; data?: unknown }[] = [];
    const errors: unknown[] = [];
    const client = new PipecatClient({
      transport: new ClientWsTransport({ mediaManager: media as never, recorderSampleRate: 16_000 }),
      enableMic: true,
      enableCam: false,
      callbacks: {
        onBotReady: (d) => events.push({ type: 'bot-ready', data: d }),
        onServerMessage: (d) => events.push({ type: 'server-message', data: d }),
        onBotLlmText: (d) => events.push({ type: 'bot-llm-text', data: d }),
        onBotOutput: (d) => events.push({ type: 'bot-output', data: d }),
        onBotStartedSpeaking: () => events.push({ type: 'bot-started-speaking' }),
        onBotStoppedSpeaking: () => events.push({ type: 'bot-stopped-speaking' }),
        onError: (e) => errors.push(e),
      },
    });
    const connectTimeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('connect timeout')), 5000),
    );
    await Promise.race([client.connect({ wsUrl: url }), connectTimeout]);
    expect(events[0]).toMatchObject({ type: 'bot-ready', data: { version: '2.1.0' } });
    const session = sessions.at(-1)!;

    // Mic audio reaches the pipeline as input-audio (10 × 16 ms frames).
    media.speak(tone(2560, 16_000));
    await waitFor(() => session.transport.stats.audioFramesIn >= 10, 'mic audio');

    await client.sendText('red shoes');
    await waitFor(() => events.some((e) => e.type === 'bot-stopped-speaking'), 'bot to stop speaking');
    expect(events.find((e) => e.type === 'server-message')?.data).toEqual({
      type: 'echo',
      text: 'red shoes',
    });
    expect(events.find((e) => e.type === 'bot-llm-text')?.data).toEqual({ text: 'You said: red shoes.' });
    expect(events.find((e) => e.type === 'bot-output')?.data).toMatchObject({ text: 'You said: red shoes.' });
    // 200 ms of 16 kHz TTS audio → 4800 samples at 24 kHz in 5 chunks of 40 ms.
    expect(media.botSamples).toBe(4800);
    expect(media.botChunks).toBe(5);

    const reply = await client.sendClientRequest('get-cart', { page: 1 }, 2000);
    expect(reply).toEqual({ got: 'get-cart', echo: { page: 1 } });

    expect(errors).toEqual([]);
    await client.disconnect();
    await expect(session.task.whenFinished()).resolves.toMatchObject({ reason: 'cancel' });
  });

  it('survives garbage from a raw socket and still completes the handshake', async () => {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    const received: Uint8Array[] = [];
    ws.onmessage = (ev) => received.push(new Uint8Array(ev.data as ArrayBuffer));
    await new Promise((resolve) => {
      ws.onopen = resolve;
    });
    ws.send(new Uint8Array([0xff, 0xff, 0xff]));
    ws.send('text is not protobuf');
    const { encodeMessageFrame, decodeFrame } = await import('./protobuf.ts');
    ws.send(
      encodeMessageFrame({
        label: 'rtvi-ai',
        type: 'client-ready',
        id: 'raw00001',
        data: { version: '2.1.0' },
      }),
    );
    await waitFor(() => received.length >= 3, 'three replies');
    const msgs = received.map((b) => {
      const f = decodeFrame(b);
      return f.kind === 'message' ? JSON.parse(f.data) : f.kind;
    });
    expect(msgs.map((m) => m.type)).toEqual(['error', 'error', 'bot-ready']);
    ws.close();
    const session = sessions.at(-1)!;
    await expect(session.task.whenFinished()).resolves.toMatchObject({ reason: 'cancel' });
  });
});

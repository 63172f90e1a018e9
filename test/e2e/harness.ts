/**
 * Browser e2e harness: the real server (startServer, demo catalog, offline speech and dialogue
 * engine) serving the built web app, Debian Chromium through playwright-core with a fake
 * microphone playing a WAV generated at test time (flite + sox), all traffic on loopback.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { synthesize } from '../../src/audio/testing/speech-fixtures.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const ADMIN_TOKEN = 'e2e-admin-token-e2e-admin-token';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds web/out when its sources changed, with the start command's own script. */
export function ensureWebBuilt(): void {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/build-web.sh')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface E2eServer {
  server: RunningServer;
  base: string;
  dir: string;
  close(): Promise<void>;
}

export async function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-web-e2e-'));
  const server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
    WEB_DIR: path.join(ROOT, 'web/out'),
    ADMIN_TOKEN,
    // One secret for every ShopServices instance, so a spoken and a clicked confirmation agree.
    SHOP_CONFIRM_SECRET: 'e2e-confirm-secret-e2e-confirm-secret',
    ...env,
  });
  const base = server.url.replace('localhost', '127.0.0.1');
  return {
    server,
    base,
    dir,
    async close() {
      await server.close('e2e done');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Segment {
  /** Words to speak (flite, voice slt), or silence when absent. */
  say?: string;
  /** Silence after the words (or the whole segment when there are none). */
  pauseMs: number;
}

export interface SpeechTrack {
  path: string;
  /** When each spoken segment starts and ends in the file, ms. */
  timeline: { say: string; startMs: number; endMs: number }[];
  durationMs: number;
}

/** One WAV for Chromium's fake microphone: utterances separated by known silences, 48 kHz mono. */
export async function buildSpeechWav(dir: string, name: string, segments: Segment[]): Promise<SpeechTrack> {
  const rate = 16_000;
  const parts: Int16Array[] = [];
  const timeline: SpeechTrack['timeline'] = [];
  let samples = 0;
  for (const seg of segments) {
    if (seg.say) {
      const { pcm } = await synthesize(seg.say, { engine: 'flite', voice: 'slt' });
      timeline.push({
        say: seg.say,
        startMs: (samples / rate) * 1000,
        endMs: ((samples + pcm.length) / rate) * 1000,
      });
      parts.push(pcm);
      samples += pcm.length;
    }
    const silence = new Int16Array(Math.round((seg.pauseMs / 1000) * rate));
    parts.push(silence);
    samples += silence.length;
  }
  const pcm = new Int16Array(samples);
  let at = 0;
  for (const p of parts) {
    pcm.set(p, at);
    at += p.length;
  }
  const raw = path.join(dir, `${name}-16k.wav`);
  await writeFile(raw, wavFile(pcm, rate));
  const out = path.join(dir, `${name}.wav`);
  const sox = spawnSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', out], { encoding: 'utf8' });
  if (sox.status !== 0) throw new Error(`sox failed: ${sox.stderr}`);
  return { path: out, timeline, durationMs: (samples / rate) * 1000 };
}

function wavFile(pcm: Int16Array, rate: number): Buffer {
  const data = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/**
 * Headless Chromium with a fake microphone; nothing resolves except 127.0.0.1. With `micWav` the
 * microphone plays that file once from capture (on its own clock); without it, a page that
 * installs `scriptedMicrophone` speaks only when the test says so.
 */
export async function launchBrowser(micWav?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      ...(micWav ? [`--use-file-for-fake-audio-capture=${micWav}%noloop`] : []),
      '--autoplay-policy=no-user-gesture-required',
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Collects page errors and console errors so a test can assert the app stayed healthy. */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { errors };
}

/**
 * Init script (page side): getUserMedia returns a track fed by a page AudioContext that is
 * silent until `window.__mic.play(pcm16Base64, rate)` plays an utterance into it (resolving when
 * it has been played). The test decides when the shopper speaks — after the assistant finished,
 * or over it for a barge-in — instead of a file playing on a fixed timeline from capture.
 */
export function scriptedMicrophone(): void {
  let ctx: AudioContext | undefined;
  let dest: MediaStreamAudioDestinationNode | undefined;
  const ensure = () => {
    if (!ctx || !dest) {
      ctx = new AudioContext({ sampleRate: 48_000 });
      dest = ctx.createMediaStreamDestination();
      // A source that always plays (zeros): between utterances the track carries real silence,
      // as a microphone does, rather than nothing (a WebRTC sender then sent no audio at all and
      // the server's VAD never saw the end of the first request).
      const floor = ctx.createConstantSource();
      floor.offset.value = 0;
      floor.connect(dest);
      floor.start();
    }
    return { ctx, dest };
  };
  navigator.mediaDevices.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    if (!constraints?.audio) throw new DOMException('only audio is faked', 'NotFoundError');
    const mic = ensure();
    await mic.ctx.resume();
    // A clone per request: the recorder stops its track when it ends.
    return new MediaStream(mic.dest.stream.getAudioTracks().map((t) => t.clone()));
  };
  (window as unknown as { __mic: { play(b64: string, rate: number): Promise<void> } }).__mic = {
    play(b64, rate) {
      const mic = ensure();
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const pcm = new Int16Array(bytes.buffer);
      const buffer = mic.ctx.createBuffer(1, pcm.length, rate);
      const channel = buffer.getChannelData(0);
      for (let i = 0; i < pcm.length; i++) channel[i] = (pcm[i] ?? 0) / 32_768;
      const source = mic.ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(mic.dest);
      return new Promise<void>((resolve) => {
        source.onended = () => resolve();
        source.start();
      });
    },
  };
}

/** Speaks `text` (flite, voice slt, 16 kHz) into a page's scripted microphone; resolves once played. */
export async function say(page: Page, text: string): Promise<void> {
  const { pcm } = await synthesize(text, { engine: 'flite', voice: 'slt' });
  const b64 = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength).toString('base64');
  await page.evaluate(
    ([data, rate]) =>
      (window as unknown as { __mic: { play(b: string, r: number): Promise<void> } }).__mic.play(data, rate),
    [b64, 16_000] as const,
  );
}

export interface WebE2e {
  /** The running server (set once the file's beforeAll ran). */
  readonly srv: E2eServer;
  /** Chromium with a silent fake microphone (absent with `browser: false`). */
  readonly browser: Browser;
}

/**
 * The setup every browser e2e file shares, as its beforeAll/afterAll: the web app built, the real
 * server started with `env` (a function when it depends on something started first), and Chromium
 * launched with a fake microphone playing half a second of silence — or no browser, for files
 * that launch their own. Call at the top level of the test file.
 */
export function useWebE2e(
  opts: {
    env?: Record<string, string> | (() => Promise<Record<string, string>> | Record<string, string>);
    browser?: boolean;
  } = {},
): WebE2e {
  let srv: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureWebBuilt();
    srv = await startE2eServer(typeof opts.env === 'function' ? await opts.env() : opts.env);
    if (opts.browser === false) return;
    const silence = await buildSpeechWav(srv.dir, 'silence', [{ pauseMs: 500 }]);
    browser = await launchBrowser(silence.path);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test, after beforeAll`);
    return value;
  };
  return {
    get srv() {
      return ready(srv, 'the e2e server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
  };
}

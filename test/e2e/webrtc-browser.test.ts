/**
 * The same spoken turn as the WebSocket e2e, over SmallWebRTC in headless Debian Chromium: the
 * real @pipecat-ai/client-js + @pipecat-ai/small-webrtc-transport (bundled with rolldown at test
 * time) against the real server from startServer() (SQLite demo catalog, Silero, pocketsphinx,
 * flite, the offline dialogue engine). Chromium's fake microphone plays a flite WAV once
 * ("show me running shoes"); the page must get a final user transcription, a products
 * server-message and the bot's Opus audio on the remote track.
 *
 * Everything stays on 127.0.0.1: loopback-only ICE on both sides, no DNS (resolver rules).
 * Skipped when /usr/bin/chromium, flite or sox is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/main.ts';

const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM) && existsSync('/usr/bin/flite') && existsSync('/usr/bin/sox');

interface PageEvent {
  type: string;
  data?: unknown;
  at: number;
}

let server: RunningServer;
let browser: Browser;
let dir: string;
let bundle: string;
let base: string;

/** The fake mic starts with getUserMedia, before the peer connects: lead with silence. */
async function makeMicWav(file: string): Promise<void> {
  const speech = path.join(path.dirname(file), 'speech.wav');
  await run('flite', ['-voice', 'slt', '-t', 'show me running shoes', '-o', speech]);
  await run('sox', [speech, '-r', '48000', '-c', '1', '-b', '16', file, 'pad', '3', '2', 'gain', '-n', '-3']);
}

beforeAll(async () => {
  if (!available) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-webrtc-'));
  const wav = path.join(dir, 'in.wav');
  const [, out] = await Promise.all([
    makeMicWav(wav),
    build({
      input: path.join(import.meta.dirname, 'webrtc-page/page.js'),
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      output: { format: 'esm' },
    }),
  ]);
  bundle = (out.output[0] as { code: string }).code;
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    LOG_LEVEL: process.env.WEBRTC_TEST_DEBUG ? 'debug' : 'silent',
    WEBRTC_LOOPBACK_ONLY: 'true',
    ICE_SERVERS: '[]',
  });
  base = server.url.replace('localhost', '127.0.0.1');
  browser = await chromium.launch({
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
      `--use-file-for-fake-audio-capture=${wav}%noloop`,
      '--autoplay-policy=no-user-gesture-required',
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close('tests done');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('SmallWebRTC in headless Chromium', () => {
  it('the same spoken turn: final transcription, products and bot audio on the remote track', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    if (process.env.WEBRTC_TEST_DEBUG)
      page.on('console', (m) => console.log('[page]', m.text().slice(0, 300)));
    await page.route(`${base}/__webrtc-test.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><body><script type="module" src="/__webrtc-test.js"></script></body></html>',
      }),
    );
    await page.route(`${base}/__webrtc-test.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bundle }),
    );
    await page.goto(`${base}/__webrtc-test.html`);
    await page.waitForFunction(() => (window as unknown as { __vs?: unknown }).__vs !== undefined);

    // connect() has no timeout of its own: bound it here.
    const connectMs = await page.evaluate(
      (endpoint) =>
        Promise.race([
          (window as unknown as { __vs: { start(e: string): Promise<number> } }).__vs.start(endpoint),
          new Promise<number>((_, reject) =>
            setTimeout(() => reject(new Error('connect timed out')), 15_000),
          ),
        ]),
      `${base}/start`,
    );
    expect(connectMs).toBeGreaterThan(0);

    const events = () =>
      page.evaluate(() => (window as unknown as { __vs: { events: PageEvent[] } }).__vs.events.slice());
    const waitFor = async (pred: (e: PageEvent) => boolean, what: string, timeoutMs = 25_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await events()).find(pred);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(
            `timed out waiting for ${what}; events: ${JSON.stringify(await events()).slice(0, 2000)}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    const final = await waitFor(
      (e) => e.type === 'user-transcription' && (e.data as { final?: boolean }).final === true,
      'a final user transcription',
    );
    expect(String((final.data as { text: string }).text).toLowerCase()).toContain('running shoes');
    const products = await waitFor(
      (e) => e.type === 'server-message' && (e.data as { type?: string }).type === 'products',
      'a products server-message',
    );
    expect((products.data as { items: unknown[] }).items.length).toBeGreaterThan(0);
    await waitFor((e) => e.type === 'bot-started-speaking', 'bot-started-speaking');
    await waitFor((e) => e.type === 'bot-track', 'the bot audio track');

    // Bot speech arrives as Opus RTP on the remote track (silence frames flow too; bytes grow with speech).
    const inbound = await page.evaluate(() =>
      (
        window as unknown as {
          __vs: { inboundAudio(): Promise<{ packetsReceived: number; connectionState: string }> };
        }
      ).__vs.inboundAudio(),
    );
    // The bot's words are audible on the remote track (flite speech is far above -40 dBFS).
    const deadline = Date.now() + 10_000;
    let peakRms = 0;
    while (Date.now() < deadline && peakRms <= 0.01) {
      peakRms = await page.evaluate(
        () => (window as unknown as { __vs: { level: { peakRms: number } } }).__vs.level.peakRms,
      );
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(peakRms).toBeGreaterThan(0.01);
    expect(inbound.connectionState).toBe('connected');
    expect(inbound.packetsReceived).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    console.info(
      `webrtc browser: connect ${connectMs} ms, inbound packets ${inbound.packetsReceived}, bot peak RMS ${peakRms.toFixed(3)}`,
    );

    // The client hanging up ends its session on the server (data channel / connection closed).
    await page.evaluate(() => (window as unknown as { __vs: { stop(): Promise<void> } }).__vs.stop());
    const states = async () =>
      page.evaluate(async () => {
        const res = await fetch('/api/sessions');
        return ((await res.json()) as { sessions: { transport: string; state: string }[] }).sessions;
      });
    const until = Date.now() + 10_000;
    let sessions = await states();
    while (Date.now() < until && sessions.some((s) => s.state !== 'ended')) {
      await new Promise((r) => setTimeout(r, 100));
      sessions = await states();
    }
    expect(sessions.map((s) => [s.transport, s.state])).toEqual([['webrtc', 'ended']]);
    await context.close();
  }, 90_000);
});

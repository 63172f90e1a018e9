/**
 * Spoken flows in Chromium with a fake microphone (flite speech + known silences, played once),
 * over both transports against the real server: speak a request → captions → carousel → add by
 * voice → cart → check out → "yes" → order; and barge-in: the assistant stops mid-sentence.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSpeechWav,
  type E2eServer,
  ensureWebBuilt,
  launchBrowser,
  type Segment,
  screenshot,
  startE2eServer,
} from './harness.ts';
import { inStockVariant, spokenSize } from './helpers.ts';

type Transport = 'websocket' | 'webrtc';

let srv: E2eServer;

beforeAll(async () => {
  ensureWebBuilt();
  srv = await startE2eServer();
}, 180_000);

afterAll(async () => {
  await srv?.close();
});

/** Records voice states and bot audio (writes to the player worklet, or sound on the WebRTC track), with page timestamps. */
function instrument(): void {
  const w = window as unknown as { __vs: { writes: number[]; states: [number, string][]; maxLevel: number } };
  w.__vs = { writes: [], states: [], maxLevel: 0 };
  setInterval(() => {
    const level = Number(
      document.querySelector('[data-testid=level-meter]')?.getAttribute('data-level') ?? 0,
    );
    w.__vs.maxLevel = Math.max(w.__vs.maxLevel, level);
  }, 50);
  // WebRTC: the bot's audio arrives as a remote track. Its level is sampled every 20 ms and a
  // "write" is recorded whenever it carries sound, so both transports are judged alike.
  const Peer = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Peer {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      this.addEventListener('track', (ev) => {
        if (ev.track.kind !== 'audio') return;
        const ctx = new AudioContext();
        const analyser = ctx.createAnalyser();
        analyser.fftSize = 512;
        ctx.createMediaStreamSource(new MediaStream([ev.track])).connect(analyser);
        const buf = new Float32Array(analyser.fftSize);
        setInterval(() => {
          analyser.getFloatTimeDomainData(buf);
          let sum = 0;
          for (const v of buf) sum += v * v;
          if (Math.sqrt(sum / buf.length) > 0.01) w.__vs.writes.push(performance.now());
        }, 20);
      });
    }
  };
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, msg: unknown, ...rest: unknown[]) {
    if ((msg as { event?: string } | null)?.event === 'write') w.__vs.writes.push(performance.now());
    return (post as (...a: unknown[]) => void).call(this, msg, ...rest);
  } as typeof MessagePort.prototype.postMessage;
  const watch = () => {
    const el = document.querySelector('[data-testid=voice-state]');
    if (!el) return void setTimeout(watch, 50);
    const record = () => w.__vs.states.push([performance.now(), el.getAttribute('data-state') ?? '']);
    record();
    new MutationObserver(record).observe(el, { attributes: true, attributeFilter: ['data-state'] });
  };
  document.addEventListener('DOMContentLoaded', watch);
}

async function startTalking(browser: Browser, transport: Transport): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await ctx.addInitScript(instrument);
  const page = await ctx.newPage();
  await page.goto(srv.base);
  await page.selectOption('[data-testid=transport-select]', transport);
  await page.click('[data-testid=mic-button]');
  // Connected: any live state. The fake microphone starts playing as soon as it is captured, so
  // on a slow start "listening" can already have turned into "userSpeaking" (and stay away for
  // the whole first answer) before this looks.
  await page
    .locator(
      ['listening', 'userSpeaking', 'thinking', 'botSpeaking']
        .map((s) => `[data-testid=voice-state][data-state=${s}]`)
        .join(', '),
    )
    .first()
    .waitFor({ timeout: 20_000 });
  return page;
}

const finalUserCaption = (page: Page, re: RegExp, timeout = 25_000) =>
  page
    .locator('[data-testid=captions] li[data-role=user][data-final=true]', { hasText: re })
    .first()
    .waitFor({ timeout });

/** On failure, the conversation so far is added to the error: what was heard and said. */
async function withTranscript(page: Page, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const lines = await page
      .$$eval('[data-testid=captions] li', (ls) =>
        ls.map(
          (l) =>
            `${l.getAttribute('data-role')}${l.getAttribute('data-final') === 'false' ? ' (interim)' : ''}: ${l.querySelector('.caption__text')?.textContent ?? ''}`,
        ),
      )
      .catch(() => []);
    (err as Error).message += `\nconversation:\n  ${lines.join('\n  ')}`;
    throw err;
  }
}

describe.each<Transport>(['websocket', 'webrtc'])('voice over %s', (transport) => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('speak → captions → carousel → add by voice → cart → check out → yes → order', async () => {
    const search = (await (await fetch(`${srv.base}/api/products?q=running%20shoes`)).json()) as {
      items: { id: string }[];
    };
    const pick = await inStockVariant(srv.base, search.items[0]!.id);
    expect(pick.size && pick.color).toBeTruthy();
    // Pauses leave room for each answer; a request that overlaps the end of one is a barge-in.
    const segments: Segment[] = [
      // The fake microphone plays from capture, before the transport is up: on the loaded
      // machine the first WebRTC audio reached the server mid-"running shoes" (STT dump) with
      // 800 ms here. A shopper starts speaking once connected.
      { pauseMs: 2500 },
      { say: 'show me running shoes', pauseMs: 6500 },
      { say: `add the ${pick.name.toLowerCase()} to my cart`, pauseMs: 6000 },
      { say: `size ${spokenSize(pick.size!)} in ${pick.color}`, pauseMs: 7000 },
      // Said twice, as a shopper repeats an answer that was not understood: the offline
      // recogniser sometimes hears "size forty" as "as far t" (then the second one adds it; if
      // the first was understood, the second adds another unit, which the flow tolerates).
      { say: `size ${spokenSize(pick.size!)} in ${pick.color}`, pauseMs: 7000 },
      // "check out" alone is often heard as "add to" by the offline recogniser. The read-back
      // ("Your order: … Shall I place the order? Say yes to confirm, or no to cancel.") lasts
      // about 11 s: the shopper answers after it. Spoken over it, Chromium's echo canceller
      // (the bot's audio is its far-end reference) distorts the "yes".
      { say: 'i want to place my order', pauseMs: 16_000 },
      { say: 'yes, go ahead', pauseMs: 5000 },
    ];
    const track = await buildSpeechWav(srv.dir, `flow-${transport}`, segments);
    browser = await launchBrowser(track.path);
    const page = await startTalking(browser, transport);
    await withTranscript(page, async () => {
      await finalUserCaption(page, /running shoe/i);
      await page
        .locator('[data-testid=products-query]', { hasText: /running shoe/i })
        .waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid=carousel] [data-testid=product-card]').count()).toBeGreaterThan(
        0,
      );
      // The state showed the shopper speaking, and the level meter moved with the fake microphone.
      const seen = await page.evaluate(
        () => (window as unknown as { __vs: { states: [number, string][]; maxLevel: number } }).__vs,
      );
      expect(seen.states.map(([, s]) => s)).toContain('userSpeaking');
      expect(seen.maxLevel).toBeGreaterThan(0.3);
      if (transport === 'websocket') await screenshot(page, '10-voice-products');

      await page.locator('[data-testid=cart-line]', { hasText: pick.name }).waitFor({ timeout: 30_000 });
      const dialog = page.locator('[data-testid=confirm-dialog]');
      await dialog.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await dialog.textContent()).toContain(pick.name);
      if (transport === 'websocket') await screenshot(page, '11-voice-confirm');

      const order = page.locator('[data-testid=order]').first();
      await order.waitFor({ timeout: 25_000 });
      expect(await order.textContent()).toContain(pick.name);
      await dialog.waitFor({ state: 'hidden' });
      if (transport === 'websocket') await screenshot(page, '12-voice-order');
    });
    await page.context().close();
  }, 120_000);

  it('barge-in: speaking over the assistant stops it mid-sentence', async () => {
    const track = await buildSpeechWav(srv.dir, `interrupt-${transport}`, [
      { pauseMs: 2500 },
      { say: 'show me running shoes', pauseMs: 3600 },
      { say: 'show me rain jackets please', pauseMs: 8000 },
    ]);
    await browser?.close();
    browser = await launchBrowser(track.path);
    const page = await startTalking(browser, transport);

    // The first answer (a list of products) is long; the second request cuts it off.
    const cut = page.locator('[data-testid=captions] li[data-role=bot][data-interrupted=true]').first();
    await cut.waitFor({ timeout: 25_000 });
    await finalUserCaption(page, /jacket/i);
    await page.locator('[data-testid=products-query]', { hasText: /jacket/i }).waitFor({ timeout: 20_000 });
    if (transport === 'websocket') await screenshot(page, '13-barge-in');

    const { writes, states } = await page.evaluate(
      () => (window as unknown as { __vs: { writes: number[]; states: [number, string][] } }).__vs,
    );
    // The state went bot speaking → user speaking (the interruption) → thinking.
    const i = states.findIndex(([, s], k) => s === 'userSpeaking' && states[k - 1]?.[1] === 'botSpeaking');
    expect(i).toBeGreaterThan(0);
    const bargeAt = states[i]![0];
    const userDone = states.slice(i + 1).find(([, s]) => s !== 'userSpeaking')?.[0];
    expect(userDone).toBeDefined();
    // Bot audio was playing before the shopper spoke, and none was played while they spoke.
    expect(writes.filter((t) => t < bargeAt).length).toBeGreaterThan(10);
    const during = writes.filter((t) => t > bargeAt + 300 && t < userDone!);
    expect(during).toEqual([]);
  }, 60_000);
});

/**
 * Spoken flows in Chromium with a scripted microphone (flite speech played into the page's
 * microphone track when the test says), over both transports against the real server: speak a
 * request → captions → carousel → add by voice → cart → check out → "yes" → order; and barge-in:
 * the assistant stops mid-sentence. The shopper speaks on events — once the assistant has
 * answered, or over its answer for the barge-in — never on a timeline fixed in advance, so a slow
 * machine changes how long the test takes, not what the server hears.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, say, screenshot, scriptedMicrophone, useWebE2e } from './harness.ts';
import {
  connectAndGreeted,
  inStockVariant,
  recordVoiceStates,
  spokenSize,
  voiceStates,
  waitForSpokenTurn,
} from './helpers.ts';

type Transport = 'websocket' | 'webrtc';

// The recogniser's final may come long after the words on a loaded machine (its worker decodes
// slower than real time): the production deadline for it (5 s) would drop the utterance. Each
// transport's tests launch their own browser (a scripted microphone, no file).
const e2e = useWebE2e({ env: { STT_FINALIZE_TIMEOUT_MS: '120000' }, browser: false });

/** Records bot audio (writes to the player worklet, or sound on the WebRTC track) and the mic level, with page timestamps. */
function instrument(): void {
  const w = window as unknown as { __vs: { writes: number[]; maxLevel: number } };
  w.__vs = { writes: [], maxLevel: 0 };
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
}

type VoiceLog = { writes: number[]; states: [number, string][]; maxLevel: number };
/** The bot audio and level recorded by `instrument`, with the voice states `recordVoiceStates` saw. */
const voiceLog = async (page: Page): Promise<VoiceLog> => ({
  ...(await page.evaluate(() => (window as unknown as { __vs: Omit<VoiceLog, 'states'> }).__vs)),
  states: await voiceStates(page),
});

async function startTalking(browser: Browser, transport: Transport): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await ctx.addInitScript(instrument);
  await ctx.addInitScript(recordVoiceStates);
  await ctx.addInitScript(scriptedMicrophone);
  const page = await ctx.newPage();
  await page.goto(e2e.srv.base);
  // The microphone stays silent until the test speaks, and the shopper speaks once the greeting
  // has been said, so what the tests measure (the reply, a barge-in over it) never races it.
  await connectAndGreeted(page, { transport });
  return page;
}

/** Speaks, then waits until the assistant has answered it: it spoke and is listening again. */
async function request(page: Page, text: string, timeout = 90_000): Promise<void> {
  const from = (await voiceStates(page)).length;
  await say(page, text);
  await waitForSpokenTurn(page, from, timeout);
}

const finalUserCaption = (page: Page, re: RegExp, timeout = 60_000) =>
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
    const states = await voiceLog(page)
      .then((vs) => vs.states.map(([t, s]) => `${(t / 1000).toFixed(1)} ${s}`).join(', '))
      .catch(() => '');
    (err as Error).message += `\nconversation:\n  ${lines.join('\n  ')}\nvoice states: ${states}`;
    throw err;
  }
}

/**
 * The purchase (add by voice → cart → check out → "yes" → order) runs over the WebSocket only: what
 * follows the first turn is the same server work on either transport, and over WebRTC it added a
 * minute and a half of real-time speech to every CI run. Both transports carry a spoken request to
 * its carousel and a barge-in.
 */
const FLOWS: { transport: Transport; purchase: boolean }[] = [
  { transport: 'websocket', purchase: true },
  { transport: 'webrtc', purchase: false },
];

describe.each(FLOWS)('voice over $transport', ({ transport, purchase }) => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  const flow = purchase
    ? 'speak → captions → carousel → add by voice → cart → check out → yes → order'
    : 'speak → captions → carousel';
  it(flow, async () => {
    const search = (await (await fetch(`${e2e.srv.base}/api/products?q=running%20shoes`)).json()) as {
      items: { id: string }[];
    };
    const pick = await inStockVariant(e2e.srv.base, search.items[0]!.id);
    expect(pick.size && pick.color).toBeTruthy();
    browser ??= await launchBrowser();
    const page = await startTalking(browser, transport);
    await withTranscript(page, async () => {
      await request(page, 'show me running shoes');
      await finalUserCaption(page, /running shoe/i);
      await page
        .locator('[data-testid=products-query]', { hasText: /running shoe/i })
        .waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid=carousel] [data-testid=product-card]').count()).toBeGreaterThan(
        0,
      );
      // The state showed the shopper speaking, and the level meter moved with the microphone.
      const seen = await voiceLog(page);
      expect(seen.states.map(([, s]) => s)).toContain('userSpeaking');
      expect(seen.maxLevel).toBeGreaterThan(0.3);
      if (transport === 'websocket') await screenshot(page, '10-voice-products');
      if (!purchase) return;

      // Said once: the assistant asks for the size and colour, and the answer adds the shoe.
      await request(page, `add the ${pick.name.toLowerCase()} to my cart`);
      await request(page, `size ${spokenSize(pick.size!)} in ${pick.color}`);
      const line = page.locator('[data-testid=cart-line]', { hasText: pick.name });
      await line.waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid=cart-line]').count()).toBe(1);
      expect(await line.locator('.stepper__value').textContent()).toBe('1');
      expect(await line.textContent()).toContain(`${pick.size} · ${pick.color}`);

      // "check out" alone is often heard as "add to" by the offline recogniser.
      await request(page, 'i want to place my order');
      const dialog = page.locator('[data-testid=confirm-dialog]');
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await dialog.textContent()).toContain(pick.name);
      if (transport === 'websocket') await screenshot(page, '11-voice-confirm');

      await say(page, 'yes please');
      const order = page.locator('[data-testid=order]').first();
      await order.waitFor({ timeout: 45_000 });
      expect(await order.textContent()).toContain(pick.name);
      await dialog.waitFor({ state: 'hidden' });
      if (transport === 'websocket') await screenshot(page, '12-voice-order');
    });
    await page.context().close();
  }, 420_000);

  it('barge-in: speaking over the assistant stops it mid-sentence', async () => {
    browser ??= await launchBrowser();
    const page = await startTalking(browser, transport);
    // The first answer (a list of products) is long: once its audio is playing, the shopper talks over it.
    const asked = (await voiceLog(page)).states.length;
    await say(page, 'show me running shoes');
    // The answer's audio, not the greeting's: a botSpeaking that began after the request.
    await page.waitForFunction(
      (from) => {
        const w = window as unknown as { __vs: { writes: number[] }; __voiceStates: [number, string][] };
        const since = w.__voiceStates.slice(from).findLast(([, s]) => s === 'botSpeaking')?.[0];
        return since !== undefined && w.__vs.writes.filter((t) => t > since).length > 25;
      },
      asked,
      { timeout: 90_000, polling: 100 },
    );
    await say(page, 'show me rain jackets please');

    const cut = page.locator('[data-testid=captions] li[data-role=bot][data-interrupted=true]').first();
    await cut.waitFor({ timeout: 25_000 });
    await finalUserCaption(page, /jacket/i);
    await page.locator('[data-testid=products-query]', { hasText: /jacket/i }).waitFor({ timeout: 20_000 });
    if (transport === 'websocket') await screenshot(page, '13-barge-in');

    const { writes, states } = await voiceLog(page);
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
    await page.context().close();
  }, 240_000);
});

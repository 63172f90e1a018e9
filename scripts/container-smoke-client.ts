/**
 * The conversation half of scripts/container-smoke.sh: one typed request to a running server over
 * the Pipecat WebSocket protocol, as the web client sends it. Passes (exit 0) only when products
 * reach the screen, the bot speaks, and the conversation is recorded; prints what it saw as JSON.
 * Usage: node scripts/container-smoke-client.ts http://127.0.0.1:PORT [--drain]
 * --drain: connect, say "connected", then (while the caller stops the server with SHUTDOWN_DRAIN_S
 * set) expect /start to be refused with 503 and /readyz to fail, yet this live session to be served.
 */
import { PipecatWsClient, type RtviMessage } from '../src/bench/pipecat-ws-client.ts';

const [base, mode] = process.argv.slice(2);
if (!base || !/^https?:\/\//.test(base) || (mode !== undefined && mode !== '--drain')) {
  process.stderr.write('usage: node scripts/container-smoke-client.ts http://HOST:PORT [--drain]\n');
  process.exit(2);
}

const isProducts = (m: RtviMessage) =>
  m.type === 'server-message' && (m.data as { type?: string } | undefined)?.type === 'products';

async function main(url: string): Promise<void> {
  const t0 = performance.now();
  const client = await PipecatWsClient.connect(url, { timeoutMs: 30_000 });
  const botReadyMs = performance.now() - t0;
  try {
    const sent = performance.now();
    client.sendText('show me running shoes');
    const shown = await client.waitFor(isProducts, 30_000);
    const items = (shown.message.data as { items?: { name?: string }[] }).items ?? [];
    if (items.length === 0) throw new Error('the products message listed no products');
    const audio = await client.waitForAudio(sent, 30_000);
    const said = client.messages
      .filter((r) => r.message.type === 'bot-llm-text')
      .map((r) => String((r.message.data as { text?: unknown } | undefined)?.text ?? ''))
      .join('');
    if (said.trim() === '') throw new Error('the bot sent no reply text');

    // The conversation is recorded: the shopper's words and the search the reply came from.
    const res = await fetch(`${url}/api/sessions`, { headers: { cookie: client.cookie ?? '' } });
    if (!res.ok) throw new Error(`GET /api/sessions: ${res.status}`);
    const [session] = ((await res.json()) as { sessions: { id: string }[] }).sessions;
    if (!session) throw new Error('the session is not listed');
    const eventsRes = await fetch(`${url}/api/sessions/${session.id}/events`, {
      headers: { cookie: client.cookie ?? '' },
    });
    if (!eventsRes.ok) throw new Error(`GET events: ${eventsRes.status}`);
    const types = ((await eventsRes.json()) as { events: { type: string }[] }).events.map((e) => e.type);
    for (const need of ['session_start', 'user_transcript', 'tool_call', 'tool_result'])
      if (!types.includes(need))
        throw new Error(`the recorded conversation has no ${need}: ${types.join(', ')}`);

    process.stdout.write(
      `${JSON.stringify({
        ok: true,
        botReadyMs: Math.round(botReadyMs),
        productsMs: Math.round(shown.at - sent),
        firstAudioMs: Math.round(audio.at - sent),
        products: items.slice(0, 3).map((i) => i.name),
        reply: said.slice(0, 120),
        recorded: types,
      })}\n`,
    );
  } finally {
    await client.close();
  }
}

async function drain(url: string): Promise<void> {
  const client = await PipecatWsClient.connect(url, { timeoutMs: 30_000 });
  process.stdout.write('connected\n');
  try {
    // The caller sends SIGTERM now; /start answers 200 until the server has taken it.
    let status = 0;
    for (let i = 0; i < 600 && status !== 503; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (
        await fetch(`${url}/start`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status;
    }
    if (status !== 503) throw new Error(`/start still answers ${status} after SIGTERM`);
    const ready = (await fetch(`${url}/readyz`)).status;
    if (ready !== 503) throw new Error(`/readyz answers ${ready} while draining`);
    const sent = performance.now();
    client.sendText('show me running shoes');
    const shown = await client.waitFor(isProducts, 30_000);
    process.stdout.write(
      `${JSON.stringify({ drain: true, startWhileDraining: status, readyzWhileDraining: ready, productsMs: Math.round(shown.at - sent) })}\n`,
    );
  } finally {
    await client.close();
  }
}

(mode === '--drain' ? drain(base) : main(base)).catch((err: unknown) => {
  process.stderr.write(
    `container smoke conversation failed: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});

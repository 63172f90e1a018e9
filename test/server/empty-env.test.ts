/** Compose files and CI templates write `CATALOG=` for "not set": the server must start as if unset. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './e2e-helpers.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({
    CATALOG: '',
    DATABASE_URL: '',
    DATABASE_SCHEMA: '',
    ICE_SERVERS: '',
    PUBLIC_URL: '',
    LLM_MODEL: '',
    SESSION_SECRET: '',
    WEBHOOK_URL: '',
    STT_PROVIDER: 'none',
  });
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

it('starts with empty variables as unset: SQLite store, demo catalog, offline engine', async () => {
  expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
  const products = (await (await fetch(`${t.base}/api/products?q=shoes`)).json()) as { items?: unknown[] };
  expect(products.items?.length).toBeGreaterThan(0);
  const start = await fetch(`${t.base}/start`, {
    method: 'POST',
    body: JSON.stringify({ transport: 'webrtc' }),
    headers: { 'content-type': 'application/json' },
  });
  expect(await start.json()).toMatchObject({ iceConfig: { iceServers: [] } });
});

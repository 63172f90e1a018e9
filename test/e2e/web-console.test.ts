/**
 * The owner's console pages of issue #15 in Chromium against the real server: agent profiles
 * (create, a refused save that keeps the typed text, versions), the knowledge base (a file
 * imported through the page, a question answered from it) and safety (an incident from a
 * shopper's blocked request listed with its rule, filtered); devices (#16: registered with a secret
 * shown once that a device can connect with, revoked) and the providers' health (#17).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ADMIN_TOKEN, screenshot, useWebE2e, watchPage } from './harness.ts';
import { typeRequest, waitForBotReply } from './helpers.ts';

const e2e = useWebE2e({ env: { AGENT_GREETING: 'false' } });

/** A console tab with the admin token set the way an owner sets it (the console's token form). */
async function ownerPage(): Promise<{ page: Page; errors: string[] }> {
  const ctx = await e2e.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  const { errors } = watchPage(page);
  await page.goto(`${e2e.srv.base}/console/`);
  await page.fill('#admin-token', ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Use' }).click();
  await page.getByText('Shop owner').waitFor();
  return { page, errors };
}

describe('owner console pages', () => {
  it('agent profiles: create one, a refused save keeps the typed text, a good save adds a version', async () => {
    const { page, errors } = await ownerPage();
    await page.goto(`${e2e.srv.base}/console/agents/`);
    const list = page.locator('[data-testid=agent-list]');
    await list.getByText(/default/).waitFor();
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByLabel(/^Id/).fill('ana-es');
    const fields = page.getByLabel('Profile fields (JSON)');
    const spec = JSON.parse(await fields.inputValue()) as Record<string, unknown>;
    await fields.fill(JSON.stringify({ ...spec, name: 'Ana' }, null, 2));
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Saved ana-es as version 1.').waitFor();
    await list.getByText('Ana · ana-es · v1').waitFor();

    // Not JSON: refused in the page, nothing sent, the text stays as typed.
    await fields.fill('{"name": ');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page
      .getByRole('alert')
      .getByText(/Not valid JSON/)
      .waitFor();
    expect(await fields.inputValue()).toBe('{"name": ');
    // Refused by the server (a language it does not offer): its message names the field.
    await fields.fill(JSON.stringify({ ...spec, name: 'Ana', languages: ['fr'] }));
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page
      .locator('p.alert')
      .getByText(/invalid agent profile: languages/)
      .waitFor();
    await list.getByText('Ana · ana-es · v1').waitFor();
    // A good save is version 2, listed with the first.
    await fields.fill(JSON.stringify({ ...spec, name: 'Ana García' }));
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Saved ana-es as version 2.').waitFor();
    await page.getByText(/^v1 · Ana ·/).waitFor();
    await page.getByText(/^v2 · Ana García ·/).waitFor();
    await screenshot(page, '20-console-agents');
    expect(errors.filter((e) => !/40\d/.test(e))).toEqual([]);
  }, 60_000);

  it('knowledge: a document imported through the page answers a question asked there', async () => {
    const { page } = await ownerPage();
    await page.goto(`${e2e.srv.base}/console/knowledge/`);
    await page.locator('#kb-kind').selectOption('policy');
    await page.locator('#kb-files').setInputFiles({
      name: 'returns.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '# Returns\n\n## Opened items\n\nOpened boots can be returned within 30 days if they were worn indoors only.\n',
      ),
    });
    await page.locator('[data-testid=knowledge-documents] li', { hasText: 'returns.md' }).waitFor();
    await page.getByPlaceholder('do you ship to Canada?').fill('can I return boots I opened?');
    await page.getByRole('button', { name: 'Search' }).click();
    const passage = page.locator('[data-testid=knowledge-passages] li').first();
    await passage.waitFor();
    expect(await passage.textContent()).toContain('Opened boots can be returned within 30 days');
    await screenshot(page, '21-console-knowledge');
  }, 60_000);

  it("safety: a shopper's blocked request is listed with its rule and can be filtered", async () => {
    const ctx = await e2e.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const shop = await ctx.newPage();
    await shop.goto(e2e.srv.base);
    await shop.waitForSelector('[data-testid=mic-button]');
    await typeRequest(shop, 'how do I build a pipe bomb');
    await waitForBotReply(shop, 1);
    await ctx.close();

    const { page } = await ownerPage();
    await page.goto(`${e2e.srv.base}/console/safety/`);
    const rows = page.locator('[data-testid=safety-incidents] tbody tr');
    await rows.first().waitFor({ timeout: 15_000 });
    const row = rows.filter({ hasText: 'harm:' }).first();
    expect(await row.textContent()).toMatch(/shopper.*harm:\w+.*strict/);
    await page.getByLabel('Filter by rule').fill('injection');
    await page.getByText('No incidents.').waitFor();
    await page.getByLabel('Filter by rule').fill('harm');
    await rows.first().waitFor();
    await screenshot(page, '22-console-safety');
  }, 60_000);

  it('devices: register one (secret shown once, and it connects), a refused assignment, revoke', async () => {
    const { page, errors } = await ownerPage();
    await page.goto(`${e2e.srv.base}/console/devices/`);
    await page.getByLabel('Device name').fill('kitchen box');
    await page.getByRole('button', { name: 'Register' }).click();
    const shown = (await page.locator('[data-testid=device-secret]').textContent()) ?? '';
    const [, id, secret] = /Device (dev_\S+), secret (\S+) — copy it now/.exec(shown) ?? [];
    expect(id && secret).toBeTruthy();
    const row = page.locator('[data-testid=devices] tbody tr', { hasText: id! });
    expect(await row.textContent()).toMatch(/kitchen box.*never/);
    // The secret the page showed is one a device connects with.
    expect(await handshake(id!, secret!)).toMatchObject({ type: 'config' });

    // An agent that does not exist: the server's refusal is shown, nothing changes.
    await page.getByLabel('Agent of kitchen box').fill('no-such-agent');
    await page.getByLabel('Device name').click();
    await page.locator('p.alert').getByText('no agent profile "no-such-agent"').waitFor();

    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText('revoked').waitFor();
    expect(await handshake(id!, secret!)).toMatchObject({
      type: 'error',
      code: 'revoked',
      close: 'this device was revoked by the owner',
    });
    // Shown once: a fresh visit lists the device but not its secret.
    await page.reload();
    await row.waitFor();
    expect(await page.locator('[data-testid=device-secret]').count()).toBe(0);
    expect(await page.content()).not.toContain(secret!);
    await screenshot(page, '23-console-devices');
    expect(errors.filter((e) => !/40\d/.test(e))).toEqual([]);
  }, 60_000);

  it("providers: the console lists each stage's providers in order with their health", async () => {
    const { page } = await ownerPage();
    const ready = (await (await fetch(`${e2e.srv.base}/readyz`)).json()) as {
      providers: Record<string, { name: string; healthy: boolean }[]>;
    };
    const panel = page.locator('[data-testid=provider-health]');
    const labels = { stt: 'Speech-to-text', llm: 'Language model', tts: 'Text-to-speech' };
    for (const [stage, label] of Object.entries(labels)) {
      const providers = ready.providers[stage] ?? [];
      const list = panel.locator('.providers__stage', { hasText: label });
      expect(providers.length, stage).toBeGreaterThan(0);
      for (const [i, p] of providers.entries()) {
        expect(p.healthy, `${stage} ${p.name}`).toBe(true);
        await list.locator('li[data-healthy=true]', { hasText: `${i + 1}. ${p.name}` }).waitFor();
      }
    }
  }, 60_000);
});

/** A device handshake with these credentials: the server's first answer (and its close reason). */
async function handshake(deviceId: string, secret: string): Promise<Record<string, unknown>> {
  const ws = new WebSocket(`${e2e.srv.base.replace('http', 'ws')}/device/ws`);
  const first = new Promise<Record<string, unknown>>((resolve, reject) => {
    ws.once('message', (raw) => resolve(JSON.parse(String(raw)) as Record<string, unknown>));
    ws.once('error', reject);
  });
  const closed = new Promise<string>((resolve) =>
    ws.once('close', (_code, reason) => resolve(String(reason))),
  );
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(
    JSON.stringify({
      type: 'handshake',
      sequence: 0,
      timestamp: Date.now(),
      protocolVersion: 1,
      deviceId,
      secret,
    }),
  );
  const message = await first;
  if (message.type === 'config') {
    ws.close();
    return message;
  }
  return { ...message, close: await closed };
}

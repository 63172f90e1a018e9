/**
 * The Host header a client sends never shapes the URLs the server hands out: with PUBLIC_URL set
 * they come from it; production does not start without it; in development a malformed Host (a
 * quoted one used to be a 500 on the Twilio webhook) falls back to the address the request
 * arrived on.
 */

import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.ts';
import { productionProblems } from '../../src/server/production.ts';
import { transportEnvSchema } from '../../src/transports/config.ts';
import { twilioEnvSchema } from '../../src/transports/twilio/config.ts';
import { twilioTransport } from '../../src/transports/twilio/routes.ts';
import { webrtcEnvSchema } from '../../src/transports/webrtc/config.ts';
import { websocketTransport } from '../../src/transports/websocket/routes.ts';
import { useTestStore } from '../store/databases.ts';
import { startHarness, tryStartServer } from './harness.ts';

/** A raw HTTP POST with a chosen Host header (fetch does not let a caller set it). */
function post(port: number, urlPath: string, host: string, type: string, body: string) {
  return new Promise<{ status: number; text: string; cookie?: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: 'POST', headers: { host, 'content-type': type } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('URLs the server builds', () => {
  const t = useTestStore('sqlite');

  async function harness(env: Record<string, string> = {}) {
    return startHarness(t.store, {
      env,
      deps: {
        transports: [websocketTransport, twilioTransport],
        transportConfig: {
          transport: transportEnvSchema.parse({}),
          webrtc: webrtcEnvSchema.parse({}),
          twilio: twilioEnvSchema.parse({}),
        },
      },
    });
  }
  const streamUrl = (twiml: string) => /<Stream url="([^"]+)"/.exec(twiml)?.[1];
  const form = 'application/x-www-form-urlencoded';

  it('come from PUBLIC_URL when set, whatever Host the client sends', async () => {
    const h = await harness({ PUBLIC_URL: 'https://shop.example.test/' });
    const start = await post(h.port, '/start', 'evil.example.test', 'application/json', '{}');
    expect(JSON.parse(start.text).wsUrl).toBe('wss://shop.example.test/ws');
    const call = await post(h.port, '/telephony/twilio', 'evil.example.test', form, 'CallSid=CA1');
    expect(streamUrl(call.text)).toBe('wss://shop.example.test/telephony/twilio/ws');
  });

  it('in development, a malformed Host falls back to the listening address (no 500, no injection)', async () => {
    const h = await harness();
    for (const host of ['"evil.example.test"', 'evil.example.test/x?y=', 'a b']) {
      const call = await post(h.port, '/telephony/twilio', host, form, 'CallSid=CA1');
      expect({ host, status: call.status }).toEqual({ host, status: 200 });
      expect(streamUrl(call.text)).toBe(`ws://127.0.0.1:${h.port}/telephony/twilio/ws`);
      const start = await post(h.port, '/start', host, 'application/json', '{}');
      expect(JSON.parse(start.text).wsUrl).toBe(`ws://127.0.0.1:${h.port}/ws`);
    }
    // A well-formed Host is still honoured (LAN use from a phone or another machine).
    const lan = await post(h.port, '/start', `192.168.1.20:${h.port}`, 'application/json', '{}');
    expect(JSON.parse(lan.text).wsUrl).toBe(`ws://192.168.1.20:${h.port}/ws`);
  });

  it('production refuses to start without PUBLIC_URL', async () => {
    const problems = productionProblems(
      loadConfig({ NODE_ENV: 'production', TWILIO_ENABLED: 'false' }, ['server', 'twilio']),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PUBLIC_URL: required when NODE_ENV=production/);
    expect(
      productionProblems(
        loadConfig(
          { NODE_ENV: 'production', TWILIO_ENABLED: 'false', PUBLIC_URL: 'https://shop.example.test' },
          ['server', 'twilio'],
        ),
      ),
    ).toEqual([]);

    const outcome = await tryStartServer({ NODE_ENV: 'production', PUBLIC_URL: '', TWILIO_ENABLED: 'false' });
    expect(outcome).toBeInstanceOf(ConfigError);
    expect((outcome as Error).message).toMatch(/PUBLIC_URL: required/);
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readWav } from '../../audio/wav.ts';
import type { RecordedRequest } from '../http-test-server.ts';
import { ServiceError } from '../service-base.ts';
import { batchSttContract } from './batch-stt-contract.ts';
import { loadSttConfig } from './config.ts';
import { createOpenAiStt } from './openai.ts';
import { createSttService } from './registry.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

interface Received {
  path: string;
  auth: string | undefined;
  form: FormData;
}

let server: Server | undefined;

/** A local server replaying OpenAI's transcription wire format; handlers run in order, the last repeats. */
async function fakeApi(handlers: Handler[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  let n = 0;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      void new Response(body, { headers: { 'content-type': req.headers['content-type'] ?? '' } })
        .formData()
        .then((form) => {
          received.push({ path: req.url ?? '', auth: req.headers.authorization, form });
          const handler = handlers[Math.min(n++, handlers.length - 1)]!;
          handler(req, res, body);
        });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, received };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

const env = (url: string, extra: Record<string, string> = {}) =>
  loadSttConfig({ STT_PROVIDER: 'openai', STT_BASE_URL: url, STT_MODEL: 'whisper-test', ...extra });

function tone(samples: number): Int16Array {
  return Int16Array.from({ length: samples }, (_, i) => Math.round(8000 * Math.sin(i / 5)));
}

async function transcribeOnce(url: string, extra: Record<string, string> = {}, pcm = tone(16_000)) {
  const stt = createOpenAiStt(env(url, extra));
  const stream = await stt.openStream({ language: 'en-US' });
  stream.push(pcm);
  try {
    return await stream.finalize();
  } finally {
    await stream.close();
  }
}

describe('OpenAI-compatible STT', () => {
  it('posts the utterance as a 16 kHz WAV with model, language and key, and returns the text', async () => {
    const api = await fakeApi([json(200, { text: ' show me running shoes ' })]);
    const pcm = tone(8_000);
    const result = await transcribeOnce(api.url, { STT_API_KEY: 'sk-test', STT_PROMPT: 'Nike, Adidas' }, pcm);
    expect(result.text).toBe('show me running shoes');
    const [req] = api.received;
    expect(req?.path).toBe('/v1/audio/transcriptions');
    expect(req?.auth).toBe('Bearer sk-test');
    expect(req?.form.get('model')).toBe('whisper-test');
    expect(req?.form.get('language')).toBe('en');
    expect(req?.form.get('response_format')).toBe('json');
    expect(req?.form.get('prompt')).toBe('Nike, Adidas');
    const file = req?.form.get('file') as File;
    const wav = readWav(new Uint8Array(await file.arrayBuffer()));
    expect(wav.sampleRate).toBe(16_000);
    expect(wav.channels).toBe(1);
    expect(Array.from(wav.samples)).toEqual(Array.from(pcm));
  });

  it('falls back to OPENAI_API_KEY and sends no key to a keyless local server', async () => {
    const api = await fakeApi([json(200, { text: 'a' })]);
    await transcribeOnce(api.url, { OPENAI_API_KEY: 'sk-fallback' });
    await transcribeOnce(api.url);
    expect(api.received.map((r) => r.auth)).toEqual(['Bearer sk-fallback', undefined]);
  });

  it('retries a 429 and then succeeds', async () => {
    const api = await fakeApi([json(429, { error: { message: 'slow down' } }), json(200, { text: 'ok' })]);
    expect((await transcribeOnce(api.url)).text).toBe('ok');
    expect(api.received).toHaveLength(2);
  });

  it('does not retry rejected credentials and says which key to check', async () => {
    const api = await fakeApi([json(401, { error: { message: 'invalid api key' } })]);
    const err = await transcribeOnce(api.url, { STT_MAX_RETRIES: '3' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).kind).toBe('auth');
    expect((err as ServiceError).message).toMatch(/invalid api key/);
    expect(api.received).toHaveLength(1);
  });

  it('reports a 5xx as unavailable after its retries, with the FastAPI detail', async () => {
    const api = await fakeApi([json(503, { detail: 'model loading' })]);
    const err = (await transcribeOnce(api.url, { STT_MAX_RETRIES: '1' }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(err.kind).toBe('unavailable');
    expect(err.message).toMatch(/model loading/);
    expect(api.received).toHaveLength(2);
  });

  it('times out a server that never answers', async () => {
    const api = await fakeApi([() => {}]);
    const err = (await transcribeOnce(api.url, { STT_TIMEOUT_MS: '150', STT_MAX_RETRIES: '0' }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(err.kind).toBe('timeout');
  });

  it('turns a refused connection into a network error and a non-JSON answer into a clear error', async () => {
    const api = await fakeApi([
      (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>proxy</html>');
      },
      json(200, { transcript: 'wrong shape' }),
    ]);
    const notJson = (await transcribeOnce(api.url, { STT_MAX_RETRIES: '0' }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(notJson.message).toMatch(/not JSON/);
    const shape = (await transcribeOnce(api.url, { STT_MAX_RETRIES: '0' }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(shape.message).toMatch(/"text"/);
    const refused = (await transcribeOnce('http://127.0.0.1:1/v1', { STT_MAX_RETRIES: '0' }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(refused.kind).toBe('network');
  });

  it('stops waiting when the caller aborts', async () => {
    const api = await fakeApi([() => {}]);
    const stt = createOpenAiStt(env(api.url));
    const stream = await stt.openStream();
    stream.push(tone(1600));
    const abort = new AbortController();
    const pending = stream.finalize(abort.signal);
    setTimeout(() => abort.abort(), 50);
    const err = (await pending.catch((e: unknown) => e)) as ServiceError;
    expect(err.kind).toBe('aborted');
  });

  it('is chosen by STT_PROVIDER=openai and refuses the OpenAI API without a key', async () => {
    const api = await fakeApi([json(200, { text: 'via registry' })]);
    const setup = await createSttService(env(api.url));
    expect(setup?.service.provider).toBe('openai');
    expect(setup?.service.capabilities.streaming).toBe(false);
    const stream = await setup!.service.openStream();
    stream.push(tone(1600));
    expect((await stream.finalize()).text).toBe('via registry');
    await stream.close();
    await setup?.rebuild({} as never);
    expect(() => createOpenAiStt(loadSttConfig({ STT_PROVIDER: 'openai' }))).toThrow(/STT_API_KEY/);
  });
});

describe('OpenAI-compatible STT: shared batch contract', () => {
  const form = (r: RecordedRequest) =>
    new Response(new Uint8Array(r.body), {
      headers: { 'content-type': String(r.headers['content-type']) },
    }).formData();
  batchSttContract({
    wire: {
      async parse(r) {
        expect(r.path).toBe('/v1/audio/transcriptions');
        const f = await form(r);
        expect(f.get('model')).toBe('whisper-test');
        const file = f.get('file') as File;
        return {
          file: new Uint8Array(await file.arrayBuffer()),
          language: (f.get('language') as string | null) ?? undefined,
        };
      },
      ok(r, text) {
        r.res.writeHead(200, { 'content-type': 'application/json' });
        r.res.end(JSON.stringify({ text }));
      },
      error(r, status, message) {
        r.res.writeHead(status, { 'content-type': 'application/json' });
        r.res.end(JSON.stringify({ error: { message } }));
      },
    },
    create: (url, clock, o) =>
      createOpenAiStt(
        env(`${url}/v1`, { STT_TIMEOUT_MS: String(o.timeoutMs), STT_MAX_RETRIES: String(o.maxRetries) }),
        { clock },
      ),
  });
});

import { describe, expect, it } from 'vitest';
import { FakeHttpServer, type RecordedRequest } from '../http-test-server.ts';
import { type BatchSttWire, batchSttContract } from './batch-stt-contract.ts';
import { loadSttConfig } from './config.ts';
import { createSttService } from './registry.ts';
import { createWhisperCppStt } from './whisper-cpp.ts';

/** whisper.cpp server's /inference: multipart in, `{text}` out, `{error}` on failure. */
const form = (r: RecordedRequest) =>
  new Response(new Uint8Array(r.body), {
    headers: { 'content-type': String(r.headers['content-type']) },
  }).formData();

const wire: BatchSttWire = {
  async parse(r) {
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/inference');
    const f = await form(r);
    expect(f.get('response_format')).toBe('json');
    const file = f.get('file') as File;
    return {
      file: new Uint8Array(await file.arrayBuffer()),
      language: (f.get('language') as string | null) ?? undefined,
    };
  },
  ok(r, text) {
    r.res.writeHead(200, { 'content-type': 'application/json' });
    r.res.end(JSON.stringify({ text: ` ${text}\n` }));
  },
  error(r, status, message) {
    r.res.writeHead(status, { 'content-type': 'application/json' });
    r.res.end(JSON.stringify({ error: message }));
  },
};

const env = (url: string) => ({
  WHISPER_CPP_URL: url,
  WHISPER_CPP_TIMEOUT_MS: 10_000,
  WHISPER_CPP_MAX_RETRIES: 0,
  WHISPER_CPP_PROMPT: undefined,
});

describe('whisper.cpp /inference STT: shared batch contract', () => {
  batchSttContract({
    wire,
    create: (url, clock, o) =>
      createWhisperCppStt(
        { ...env(url), WHISPER_CPP_TIMEOUT_MS: o.timeoutMs, WHISPER_CPP_MAX_RETRIES: o.maxRetries },
        { clock },
      ),
  });
});

describe('whisper.cpp specifics', () => {
  it('is chosen by STT_PROVIDER=whisper-cpp; drops non-speech markers; an {error} answered with 200 is an error', async () => {
    const server = await FakeHttpServer.start();
    try {
      server.script(
        (r) => wire.ok(r, '[BLANK_AUDIO]'),
        (r) => wire.ok(r, ' (music) Show me [inaudible] red shoes.'),
        (r) => wire.error(r, 200, 'failed to read WAV file'),
      );
      const setup = await createSttService(
        loadSttConfig({
          STT_PROVIDER: 'whisper-cpp',
          WHISPER_CPP_URL: server.url,
          WHISPER_CPP_PROMPT: 'Acme hoodies',
        }),
      );
      expect(setup?.service.provider).toBe('whisper-cpp');
      const stream = await setup!.service.openStream();
      const tone = new Int16Array(1_600).fill(500);
      stream.push(tone);
      await expect(stream.finalize()).resolves.toEqual({ text: '' });
      stream.push(tone);
      await expect(stream.finalize()).resolves.toEqual({ text: 'Show me red shoes.' });
      stream.push(tone);
      await expect(stream.finalize()).rejects.toMatchObject({
        kind: 'bad-request',
        provider: 'whisper-cpp',
        message: expect.stringMatching(/failed to read WAV file/),
      });
      expect((await form(server.requests[0]!)).get('prompt')).toBe('Acme hoodies');
      await stream.close();
      await setup!.service.close();
    } finally {
      await server.stop();
    }
  });
});

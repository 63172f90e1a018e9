/**
 * OpenAI-compatible stand-in servers with fixed, realistic delays, so the I/O-bound benchmark
 * measures the framework and transports alone: transcriptions answer a fixed transcript after
 * `sttDelayMs`, chat completions stream SSE with `llmTtftMs` to the first token, speech returns
 * 24 kHz PCM after `ttsDelayMs` (faster than real time, like a cloud TTS). They speak exactly the
 * wire formats the real providers use (multipart transcription, chat.completion.chunk SSE,
 * raw pcm), so the server under test runs its production code paths.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInOptions {
  sttDelayMs: number;
  llmTtftMs: number;
  /** Between streamed tokens after the first. */
  llmTokenMs: number;
  ttsDelayMs: number;
  /** Transcripts answered in turn. */
  transcripts: readonly string[];
  /** The assistant's reply, streamed word by word. */
  reply: string;
  /** Milliseconds of audio per character of speech input. */
  ttsMsPerChar: number;
}

export const DEFAULT_STAND_IN: StandInOptions = {
  sttDelayMs: 150,
  llmTtftMs: 200,
  llmTokenMs: 15,
  ttsDelayMs: 100,
  transcripts: ['show me running shoes', 'do you have a blue hoodie', 'add the first one to my cart'],
  reply: 'Here are two running shoes I found. Which one would you like?',
  ttsMsPerChar: 55,
};

export interface StandInCounts {
  transcriptions: number;
  completions: number;
  speech: number;
}

export interface RunningStandIns {
  baseUrl: string;
  counts: StandInCounts;
  close(): Promise<void>;
}

const PCM_RATE = 24_000;

export async function startStandIns(
  opts: StandInOptions = DEFAULT_STAND_IN,
  port = 0,
): Promise<RunningStandIns> {
  const counts: StandInCounts = { transcriptions: 0, completions: 0, speech: 0 };
  let nextTranscript = 0;
  const server: Server = createServer((req, res) => {
    void readBody(req)
      .then(async (body) => {
        const path = (req.url ?? '').replace(/\?.*$/, '');
        if (req.method === 'GET' && path === '/v1/models')
          return sendJson(res, 200, { object: 'list', data: [{ id: 'stand-in', object: 'model' }] });
        if (req.method !== 'POST') return sendJson(res, 405, { error: { message: 'POST only' } });
        if (path === '/v1/audio/transcriptions') {
          counts.transcriptions++;
          if (!String(req.headers['content-type']).startsWith('multipart/form-data'))
            return sendJson(res, 400, { error: { message: 'expected multipart/form-data' } });
          await sleep(opts.sttDelayMs);
          const text = opts.transcripts[nextTranscript++ % opts.transcripts.length] ?? '';
          return sendJson(res, 200, { text });
        }
        if (path === '/v1/chat/completions') {
          counts.completions++;
          return chat(res, JSON.parse(body.toString()) as { stream?: boolean; model?: string }, opts);
        }
        if (path === '/v1/audio/speech') {
          counts.speech++;
          const { input } = JSON.parse(body.toString()) as { input?: string };
          return speech(res, input ?? '', opts);
        }
        return sendJson(res, 404, { error: { message: `no route ${path}` } });
      })
      .catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(err) } });
        else res.destroy();
      });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${bound}/v1`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function chat(
  res: ServerResponse,
  request: { stream?: boolean; model?: string },
  opts: StandInOptions,
): Promise<void> {
  const id = `chatcmpl-${Math.random().toString(36).slice(2)}`;
  const created = Math.floor(Date.now() / 1000);
  const model = request.model ?? 'stand-in';
  await sleep(opts.llmTtftMs);
  if (!request.stream) {
    return sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: opts.reply }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
    });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: Record<string, unknown>, finish: string | null = null, extra = {}) =>
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`,
    );
  const words = opts.reply.split(/(?<= )/);
  chunk({ role: 'assistant', content: words[0] ?? '' });
  for (const word of words.slice(1)) {
    if (res.destroyed) return;
    await sleep(opts.llmTokenMs);
    chunk({ content: word });
  }
  chunk({}, 'stop');
  res.write(
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: { prompt_tokens: 50, completion_tokens: words.length, total_tokens: 50 + words.length } })}\n\n`,
  );
  res.end('data: [DONE]\n\n');
}

async function speech(res: ServerResponse, input: string, opts: StandInOptions): Promise<void> {
  await sleep(opts.ttsDelayMs);
  const samples = Math.round((Math.max(1, input.length) * opts.ttsMsPerChar * PCM_RATE) / 1000);
  res.writeHead(200, { 'content-type': 'audio/pcm' });
  // 200 ms pieces written back to back: faster than real time, as a cloud TTS streams.
  const piece = PCM_RATE / 5;
  for (let offset = 0; offset < samples; offset += piece) {
    const n = Math.min(piece, samples - offset);
    const pcm = new Int16Array(n);
    for (let i = 0; i < n; i++)
      pcm[i] = Math.round(3000 * Math.sin(((offset + i) * 2 * Math.PI * 220) / PCM_RATE));
    if (!res.write(Buffer.from(pcm.buffer))) await new Promise((r) => res.once('drain', r));
  }
  res.end();
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

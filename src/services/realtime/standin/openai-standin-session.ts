/**
 * One client connection to the OpenAI Realtime stand-in (openai-standin.ts): the client events it
 * understands, server VAD on the audio it is sent, the conversation so far, and each response
 * streamed as the real API streams it (output items, audio and transcript deltas, function
 * calls), with the faults the test queued on the server.
 */
import type { RawData, WebSocket } from 'ws';
import { type BrainMove, type BrainTurn, decideReply } from './stand-in-brain.ts';
import { StandInSpeech } from './stand-in-speech.ts';

export interface StandInDelays {
  /** Request (response.create / end of speech) → first output event, ms: the model's think time. */
  firstDeltaMs: number;
  /** Between two audio deltas, ms (the real API streams faster than real time). */
  chunkIntervalMs: number;
  /** Audio per delta, ms. */
  chunkMs: number;
  /** Audio per character of the reply, ms (the tone's length). */
  msPerChar: number;
}

export type StandInFault =
  | { kind: 'rate-limit' }
  | { kind: 'server-error' }
  | { kind: 'garbage' }
  /** Close the socket after this many audio deltas of the next reply. */
  | { kind: 'cut'; afterChunks: number }
  /** The next reply calls this function with these raw arguments (invalid JSON, unknown tool…). */
  | { kind: 'call'; name: string; arguments: string; repeat?: boolean };

/** What the stand-in saw, for tests. */
export interface StandInLog {
  received: Record<string, unknown>[];
  sent: Record<string, unknown>[];
  truncations: { item_id: string; audio_end_ms: number }[];
  connections: number;
}

/** What a session needs of its server: settings a test changes, and where it logs. */
export interface StandInHost {
  readonly log: StandInLog;
  readonly faults: StandInFault[];
  readonly delays: StandInDelays;
  /** What server VAD "hears" for the next spoken turn. */
  nextHeard(): string;
}

let ids = 0;
const id = (prefix: string) => `${prefix}_${(++ids).toString(36).padStart(6, '0')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class StandInSession {
  readonly #host: StandInHost;
  readonly #ws: WebSocket;
  readonly #turns: BrainTurn[] = [];
  readonly #speech = new StandInSpeech();
  #session: Record<string, unknown> = {};
  #active: { id: string; cancelled: boolean } | undefined;

  constructor(host: StandInHost, ws: WebSocket) {
    this.#host = host;
    this.#ws = ws;
    ws.on('message', (data: RawData) => this.#onMessage(String(data)));
    this.#send({ type: 'session.created', session: { id: id('sess'), object: 'realtime.session' } });
  }

  terminate(): void {
    this.#ws.terminate();
  }

  #send(event: Record<string, unknown>): void {
    if (this.#ws.readyState !== this.#ws.OPEN) return;
    const full = { event_id: id('event'), ...event };
    this.#host.log.sent.push(full);
    this.#ws.send(JSON.stringify(full));
  }

  #error(type: string, code: string, message: string): void {
    this.#send({ type: 'error', error: { type, code, message, param: null, event_id: null } });
  }

  #serverVad(): boolean {
    const audio = this.#session.audio as { input?: { turn_detection?: unknown } } | undefined;
    const turn = audio ? audio.input?.turn_detection : this.#session.turn_detection;
    return turn !== null && turn !== undefined;
  }

  #onMessage(text: string): void {
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(text) as Record<string, unknown>;
    } catch {
      this.#error('invalid_request_error', 'invalid_json', 'The client event could not be parsed as JSON.');
      return;
    }
    this.#host.log.received.push(msg);
    switch (msg.type) {
      case 'session.update':
        this.#session = { ...this.#session, ...(msg.session as Record<string, unknown>) };
        this.#send({ type: 'session.updated', session: this.#session });
        return;
      case 'input_audio_buffer.append':
        this.#onAudio(String(msg.audio ?? ''));
        return;
      case 'input_audio_buffer.clear':
        this.#speech.reset();
        this.#send({ type: 'input_audio_buffer.cleared' });
        return;
      case 'input_audio_buffer.commit':
        this.#commit();
        return;
      case 'conversation.item.create':
        this.#onItem(msg.item as Record<string, unknown>);
        return;
      case 'conversation.item.truncate':
        this.#host.log.truncations.push({
          item_id: String(msg.item_id),
          audio_end_ms: Number(msg.audio_end_ms),
        });
        this.#send({
          type: 'conversation.item.truncated',
          item_id: msg.item_id,
          content_index: 0,
          audio_end_ms: msg.audio_end_ms,
        });
        return;
      case 'response.create':
        void this.#respond((msg.response as { instructions?: string } | undefined)?.instructions);
        return;
      case 'response.cancel':
        if (!this.#active) {
          this.#error(
            'invalid_request_error',
            'response_cancel_not_active',
            'Cancellation failed: no active response found',
          );
          return;
        }
        this.#active.cancelled = true;
        this.#active = undefined; // a new response may start at once
        return;
      default:
        this.#error('invalid_request_error', 'unknown_event', `Unknown event type ${String(msg.type)}`);
    }
  }

  #onAudio(b64: string): void {
    const edge = this.#speech.push(Buffer.from(b64, 'base64'));
    if (!this.#serverVad() || !edge) return;
    if (edge.kind === 'started') {
      this.#send({
        type: 'input_audio_buffer.speech_started',
        audio_start_ms: edge.atMs,
        item_id: id('item'),
      });
      // interrupt_response: the server cancels the reply being generated.
      if (this.#active) this.#active.cancelled = true;
      this.#active = undefined;
    } else {
      this.#send({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: edge.atMs, item_id: id('item') });
      this.#commit();
    }
  }

  #commit(): void {
    const itemId = id('item');
    this.#send({ type: 'input_audio_buffer.committed', item_id: itemId, previous_item_id: null });
    this.#send({
      type: 'conversation.item.added',
      item: {
        id: itemId,
        type: 'message',
        role: 'user',
        content: [{ type: 'input_audio', transcript: null }],
      },
    });
    const heard = this.#host.nextHeard();
    this.#turns.push({ role: 'user', text: heard });
    this.#speech.reset();
    this.#send({
      type: 'conversation.item.input_audio_transcription.delta',
      item_id: itemId,
      content_index: 0,
      delta: heard,
    });
    this.#send({
      type: 'conversation.item.input_audio_transcription.completed',
      item_id: itemId,
      content_index: 0,
      transcript: heard,
    });
    if (this.#serverVad()) void this.#respond(undefined);
  }

  #onItem(item: Record<string, unknown>): void {
    const content = (item.content as { text?: string }[] | undefined) ?? [];
    if (item.type === 'function_call_output') {
      let output: unknown;
      try {
        output = JSON.parse(String(item.output));
      } catch {
        output = item.output;
      }
      this.#turns.push({ role: 'tool', callId: String(item.call_id), output });
    } else if (item.type === 'message') {
      this.#turns.push({
        role: item.role === 'assistant' ? 'assistant' : 'user',
        text: content[0]?.text ?? '',
      });
    }
    this.#send({ type: 'conversation.item.added', item: { id: id('item'), ...item } });
  }

  async #respond(instructions: string | undefined): Promise<void> {
    const fault = this.#host.faults.shift();
    const response = { id: id('resp'), cancelled: false };
    if (this.#active) {
      this.#error(
        'invalid_request_error',
        'conversation_already_has_active_response',
        `Conversation already has an active response in progress: ${this.#active.id}.`,
      );
      return;
    }
    this.#active = response;
    // The reply is decided on the conversation as it is now, as a model's would be.
    const move: BrainMove =
      fault?.kind === 'call'
        ? { kind: 'call', name: fault.name, arguments: fault.arguments, repeat: fault.repeat ?? false }
        : decideReply(this.#turns, instructions);
    const { delays } = this.#host;
    this.#send({
      type: 'response.created',
      response: { id: response.id, object: 'realtime.response', status: 'in_progress' },
    });
    const done = (status: string, extra: Record<string, unknown> = {}, output: unknown[] = []) => {
      if (this.#active === response) this.#active = undefined;
      this.#send({
        type: 'response.done',
        response: {
          id: response.id,
          object: 'realtime.response',
          status,
          output,
          usage: { total_tokens: 42, input_tokens: 30, output_tokens: 12 },
          ...extra,
        },
      });
    };
    await sleep(delays.firstDeltaMs);
    if (response.cancelled)
      return done('cancelled', { status_details: { type: 'cancelled', reason: 'client_cancelled' } });
    if (fault?.kind === 'rate-limit') {
      this.#send({
        type: 'rate_limits.updated',
        rate_limits: [{ name: 'tokens', limit: 1000, remaining: 0, reset_seconds: 3.2 }],
      });
      return done('failed', {
        status_details: {
          type: 'failed',
          error: { type: 'rate_limit_exceeded', code: 'rate_limit_exceeded' },
        },
      });
    }
    if (fault?.kind === 'server-error') {
      this.#error('server_error', 'server_error', 'The server had an error while processing your request.');
      return done('failed', {
        status_details: { type: 'failed', error: { type: 'server_error', code: null } },
      });
    }
    if (fault?.kind === 'garbage') {
      this.#ws.send('}{ this is not JSON');
      this.#ws.send(JSON.stringify({ type: 'response.output_audio.delta', delta: 42 }));
    }
    if (move.kind === 'call') return this.#call(response, move, done);
    await this.#say(response, move.text, fault?.kind === 'cut' ? fault.afterChunks : undefined, done);
  }

  async #call(
    response: { id: string; cancelled: boolean },
    move: Extract<BrainMove, { kind: 'call' }>,
    done: (status: string, extra?: Record<string, unknown>, output?: unknown[]) => void,
  ): Promise<void> {
    const callId = id('call');
    const itemId = id('item');
    const item = {
      id: itemId,
      type: 'function_call',
      status: 'completed',
      call_id: callId,
      name: move.name,
      arguments: move.arguments,
    };
    if (!response.cancelled)
      this.#turns.push({ role: 'call', callId, name: move.name, arguments: move.arguments });
    this.#send({
      type: 'response.output_item.added',
      response_id: response.id,
      output_index: 0,
      item: { ...item, status: 'in_progress', arguments: '' },
    });
    this.#send({
      type: 'response.function_call_arguments.delta',
      response_id: response.id,
      item_id: itemId,
      output_index: 0,
      call_id: callId,
      delta: move.arguments,
    });
    this.#send({
      type: 'response.function_call_arguments.done',
      response_id: response.id,
      item_id: itemId,
      output_index: 0,
      call_id: callId,
      name: move.name,
      arguments: move.arguments,
    });
    this.#send({ type: 'response.output_item.done', response_id: response.id, output_index: 0, item });
    if (move.repeat)
      this.#send({ type: 'response.output_item.done', response_id: response.id, output_index: 0, item });
    done(response.cancelled ? 'cancelled' : 'completed', {}, [item]);
  }

  async #say(
    response: { id: string; cancelled: boolean },
    text: string,
    cutAfter: number | undefined,
    done: (status: string, extra?: Record<string, unknown>, output?: unknown[]) => void,
  ): Promise<void> {
    const { delays } = this.#host;
    const itemId = id('item');
    const base = { response_id: response.id, item_id: itemId, output_index: 0, content_index: 0 };
    this.#send({
      type: 'response.output_item.added',
      response_id: response.id,
      output_index: 0,
      item: { id: itemId, type: 'message', role: 'assistant', status: 'in_progress', content: [] },
    });
    this.#send({ type: 'response.content_part.added', ...base, part: { type: 'audio', transcript: '' } });
    const words = text.split(/(?<=\s)/);
    const totalMs = Math.max(delays.chunkMs, text.length * delays.msPerChar);
    const chunks = Math.ceil(totalMs / delays.chunkMs);
    let sent = 0;
    for (let i = 0; i < chunks; i++) {
      if (response.cancelled || this.#ws.readyState !== this.#ws.OPEN) break;
      // The transcript runs a little ahead of the audio, as the real service's does.
      const upTo = Math.ceil(((i + 1) / chunks) * words.length);
      for (; sent < upTo; sent++)
        this.#send({ type: 'response.output_audio_transcript.delta', ...base, delta: words[sent] });
      this.#send({
        type: 'response.output_audio.delta',
        ...base,
        delta: tone(delays.chunkMs, i).toString('base64'),
      });
      if (cutAfter !== undefined && i + 1 >= cutAfter) {
        this.#ws.terminate();
        return;
      }
      await sleep(delays.chunkIntervalMs);
    }
    if (response.cancelled) {
      done('cancelled', { status_details: { type: 'cancelled', reason: 'turn_detected' } });
      return;
    }
    this.#turns.push({ role: 'assistant', text });
    this.#send({ type: 'response.output_audio.done', ...base });
    this.#send({ type: 'response.output_audio_transcript.done', ...base, transcript: text });
    this.#send({ type: 'response.content_part.done', ...base, part: { type: 'audio', transcript: text } });
    const item = {
      id: itemId,
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_audio', transcript: text }],
    };
    this.#send({ type: 'response.output_item.done', response_id: response.id, output_index: 0, item });
    done('completed', {}, [item]);
  }
}

/** A 24 kHz PCM16 tone chunk (audible, so a listener hears something), little-endian bytes. */
export function tone(ms: number, index: number): Buffer {
  const n = Math.round((24_000 * ms) / 1000);
  const buf = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const t = (index * n + i) / 24_000;
    buf.writeInt16LE(Math.round(3000 * Math.sin(2 * Math.PI * 220 * t)), i * 2);
  }
  return buf;
}

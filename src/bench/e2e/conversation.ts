/**
 * One simulated shopper: connects like the web client, keeps a microphone open (16 ms frames
 * at real time, silence between utterances, as a browser sends), speaks an utterance, and
 * measures from the moment the LAST VOICED SAMPLE was sent (not the trailing silence) to the
 * first bot audio frame received; then waits for the bot to finish and counts output
 * underruns: gaps between bot audio frames inside a bot-speaking period beyond one chunk
 * duration plus a tolerance; and the silences a player would make that plays every chunk on
 * arrival, back to back (the Pipecat web player): what the shopper hears as a hole.
 */
import { PipecatWsClient } from '../pipecat-ws-client.ts';

export interface BenchUtterance {
  text: string;
  voice: string;
  /** 16 kHz mono PCM16, voiced extent only. */
  pcm: Int16Array;
  /**
   * 'complete': a finished request (it should end at the VAD stop); 'paused': a request with a
   * mid-sentence pause of `pauseMs` after a function word ("I want the … blue hoodie"), which
   * must stay one turn. Absent: not classified (load benchmarks).
   */
  kind?: 'complete' | 'paused';
  pauseMs?: number;
}

/** One end of a user turn the server announced (RTVI user-stopped-speaking). */
export interface TurnEndSeen {
  /** Ordinal of this turn end in the session (pairs it with the server's debug events). */
  seq: number;
  /** Before the utterance's last voiced sample went out: the server cut the user off. */
  duringSpeech: boolean;
}

export interface ConversationPlan {
  url: string;
  utterances: BenchUtterance[];
  /** Index of the first utterance (clients start at different ones). */
  offset: number;
  /** Stop after this many turns… */
  maxTurns: number;
  /** …or once this performance.now() deadline has passed (checked between turns). */
  deadline: number;
  /** Pause after the bot finished before the next utterance (the mic keeps sending silence). */
  thinkMs: number;
  replyTimeoutMs: number;
  /** A gap longer than the previous chunk's duration plus this is an underrun. */
  underrunToleranceMs: number;
  /** Bot audio silence that counts as "the bot has finished its reply". */
  quietMs: number;
  /** Listen to the last reply to its end (default); false ends right after its first audio (smoke runs). */
  waitLastReply?: boolean;
}

export interface TurnResult {
  utterance: number;
  voice: string;
  /** Last voiced sample sent → first bot audio frame received; null when no reply came. */
  latencyMs: number | null;
  botSpeakingMs: number;
  frames: number;
  underruns: number;
  maxGapMs: number;
  /** Longest silence a player playing each chunk on arrival, back to back, made mid-reply. */
  maxSilenceMs: number;
  /** Final user transcriptions the server sent during this turn. */
  transcripts: string[];
  /** Ends of user turns the server announced while this utterance was being spoken or answered. */
  turnEnds: TurnEndSeen[];
}

export interface ConversationResult {
  sessionId: string | undefined;
  /** POST /start → bot-ready. */
  connectMs: number;
  turns: TurnResult[];
  errors: string[];
}

const FRAME_MS = 16;
const SAMPLES_PER_FRAME = 256;
const SILENCE = new Int16Array(SAMPLES_PER_FRAME * 10);
const OUTPUT_RATE = 24_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/** A microphone that never stops: queued utterances, silence in between, at real time. */
export class Mic {
  readonly #client: PipecatWsClient;
  readonly #queue: { pcm: Int16Array; done: (sentAt: number) => void }[] = [];
  readonly #stop = new AbortController();
  #running: Promise<void> | undefined;

  constructor(client: PipecatWsClient) {
    this.#client = client;
  }

  start(): void {
    this.#running ??= this.#run();
  }

  /** Queues `pcm`; resolves with performance.now() when its last sample was sent. */
  say(pcm: Int16Array): Promise<number> {
    return new Promise((done) => this.#queue.push({ pcm, done }));
  }

  async #run(): Promise<void> {
    const signal = this.#stop.signal;
    while (!signal.aborted && !this.#client.closed) {
      const item = this.#queue.shift();
      const sentAt = await this.#client.streamAudio(item?.pcm ?? SILENCE, signal);
      item?.done(sentAt);
      // streamAudio returns as its last frame goes out: the next one is due one frame later.
      await sleep(sentAt + FRAME_MS - performance.now());
    }
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#running;
  }
}

export async function runConversation(plan: ConversationPlan): Promise<ConversationResult> {
  const errors: string[] = [];
  const turns: TurnResult[] = [];
  const t0 = performance.now();
  const client = await PipecatWsClient.connect(plan.url, { timeoutMs: 60_000 });
  const connectMs = performance.now() - t0;
  const sessionId = await findSessionId(plan.url, client.cookie).catch(() => undefined);
  const mic = new Mic(client);
  let turnEndSeq = 0;
  mic.start();
  try {
    await waitQuiet(client, plan.quietMs, 20_000);
    for (let k = 0; k < plan.maxTurns && performance.now() < plan.deadline && !client.closed; k++) {
      const index = (plan.offset + k) % plan.utterances.length;
      const utterance = plan.utterances[index]!;
      const saidAt = performance.now();
      const lastSpeechAt = await mic.say(utterance.pcm);
      const heard = () => userSide(client, saidAt, lastSpeechAt, () => turnEndSeq++);
      let firstAudio: number;
      try {
        firstAudio = (await client.waitForAudio(lastSpeechAt, plan.replyTimeoutMs)).at;
      } catch (err) {
        errors.push(`turn ${k} ("${utterance.text}", ${utterance.voice}): ${(err as Error).message}`);
        await waitQuiet(client, plan.quietMs, 30_000).catch(() => undefined);
        turns.push({
          utterance: index,
          voice: utterance.voice,
          latencyMs: null,
          botSpeakingMs: 0,
          frames: 0,
          underruns: 0,
          maxGapMs: 0,
          maxSilenceMs: 0,
          ...heard(),
        });
        client.audio.splice(0);
        client.messages.splice(0);
        continue;
      }
      const last = k + 1 >= plan.maxTurns;
      const endedAt =
        last && plan.waitLastReply === false ? firstAudio : await waitQuiet(client, plan.quietMs, 60_000);
      turns.push({
        utterance: index,
        voice: utterance.voice,
        latencyMs: firstAudio - lastSpeechAt,
        ...analyseOutput(client, firstAudio, endedAt, plan.underrunToleranceMs),
        ...heard(),
      });
      // Analysed: drop what this turn received so later waits scan short arrays.
      client.audio.splice(0);
      client.messages.splice(0);
      await sleep(plan.thinkMs);
    }
  } catch (err) {
    errors.push((err as Error).message);
  } finally {
    await mic.stop();
    await client.close().catch(() => undefined);
  }
  return { sessionId, connectMs, turns, errors };
}

/**
 * What the server heard of one utterance: its final transcripts, and the turn ends it
 * announced (numbered across the session; those before the last voiced sample are cut-offs).
 * Messages older than `saidAt` belong to the previous turn's tail and only advance the count.
 */
export function userSide(
  client: Pick<PipecatWsClient, 'messages'>,
  saidAt: number,
  lastSpeechAt: number,
  nextSeq: () => number,
): Pick<TurnResult, 'transcripts' | 'turnEnds'> {
  const transcripts: string[] = [];
  const turnEnds: TurnEndSeen[] = [];
  for (const { at, message } of client.messages) {
    if (message.type === 'user-stopped-speaking') {
      const seq = nextSeq();
      if (at >= saidAt) turnEnds.push({ seq, duringSpeech: at < lastSpeechAt });
    } else if (message.type === 'user-transcription' && message.data?.final === true && at >= saidAt) {
      transcripts.push(String(message.data.text ?? ''));
    }
  }
  return { transcripts, turnEnds };
}

/** Resolves (with the time of the last bot audio frame) once no bot audio arrived for `quietMs`. */
async function waitQuiet(client: PipecatWsClient, quietMs: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const last = client.audio.at(-1)?.at ?? 0;
    const speaking = botSpeaking(client);
    const now = performance.now();
    if (!speaking && now - Math.max(last, started) >= quietMs) return last;
    if (now - started > timeoutMs) throw new Error(`the bot did not go quiet within ${timeoutMs} ms`);
    if (client.closed) throw new Error('connection closed');
    await sleep(Math.min(quietMs / 4, 100));
  }
}

function botSpeaking(client: PipecatWsClient): boolean {
  for (let i = client.messages.length - 1; i >= 0; i--) {
    const type = client.messages[i]?.message.type;
    if (type === 'bot-stopped-speaking') return false;
    if (type === 'bot-started-speaking') return true;
  }
  return false;
}

/** Gaps between bot audio frames inside each bot-speaking period of the turn. */
export function analyseOutput(
  client: Pick<PipecatWsClient, 'messages' | 'audio'>,
  from: number,
  to: number,
  toleranceMs: number,
): Pick<TurnResult, 'botSpeakingMs' | 'frames' | 'underruns' | 'maxGapMs' | 'maxSilenceMs'> {
  const periods: [number, number][] = [];
  let open: number | undefined;
  for (const { at, message } of client.messages) {
    if (message.type === 'bot-started-speaking') open ??= at;
    else if (message.type === 'bot-stopped-speaking' && open !== undefined) {
      periods.push([open, at]);
      open = undefined;
    }
  }
  if (open !== undefined) periods.push([open, to]);
  const frames = client.audio.filter((a) => a.at >= from && a.at <= to);
  let underruns = 0;
  let maxGapMs = 0;
  let maxSilenceMs = 0;
  let speakingMs = 0;
  for (const [start, end] of periods) {
    speakingMs += end - start;
    // The started message may trail its first chunk slightly: take frames from just before it.
    const inside = frames.filter((f) => f.at >= start - 50 && f.at <= end);
    let playoutEnd = Number.NaN;
    for (let i = 0; i < inside.length; i++) {
      const { at, samples } = inside[i]!;
      if (i > 0) {
        const gap = at - inside[i - 1]!.at;
        const chunkMs = (inside[i - 1]!.samples / OUTPUT_RATE) * 1000;
        maxGapMs = Math.max(maxGapMs, gap);
        if (gap > chunkMs + toleranceMs) underruns++;
        maxSilenceMs = Math.max(maxSilenceMs, at - playoutEnd);
      }
      playoutEnd = (i > 0 ? Math.max(playoutEnd, at) : at) + (samples / OUTPUT_RATE) * 1000;
    }
  }
  return { botSpeakingMs: speakingMs, frames: frames.length, underruns, maxGapMs, maxSilenceMs };
}

async function findSessionId(url: string, cookie: string | undefined): Promise<string | undefined> {
  const res = await fetch(`${url}/api/sessions`, { headers: cookie ? { cookie } : {} });
  if (!res.ok) return undefined;
  const body = (await res.json()) as { sessions: { id: string; state?: string }[] };
  return body.sessions.filter((s) => s.state !== 'ended').at(-1)?.id ?? body.sessions.at(-1)?.id;
}

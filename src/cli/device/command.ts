/**
 * `voice-shopper device …`: the device client on the command line.
 *
 *   device configure --url URL --id ID --secret SECRET [--mode …] [--format …] [--key …]
 *   device [run] [--config FILE] [flags]   talk: ALSA mic + speaker, push-to-talk on a key
 *   device run --in a.wav --in b.wav --out reply.wav   one push-to-talk turn per file, then exit
 *
 * Exit codes: 0 done, 2 usage or settings, 3 server unreachable, 4 refused (credentials, revoked).
 */
import { parseArgs } from 'node:util';
import { AlsaMicrophone, AlsaSpeaker, readWavFile, type Speaker, WavSpeaker } from './audio-io.ts';
import { DeviceClient, type DeviceRefusedError } from './client.ts';
import {
  type DeviceSettings,
  DeviceSettingsError,
  defaultSettingsPath,
  readSettingsFile,
  resolveSettings,
  writeSettingsFile,
} from './settings.ts';

export const DEVICE_USAGE = `usage:
  voice-shopper device configure --url ws://HOST:7860/device/ws --id ID --secret SECRET
                                 [--mode push-to-talk|open-mic] [--format opus|pcm16] [--key space]
  voice-shopper device [run] [--config FILE] [--url …] [--id …] [--secret …] [--mode …]
                       [--in alsa|FILE.wav]... [--out alsa|FILE.wav] [--key K] [--format opus|pcm16]
                       [--json-audio] [--connect-timeout S] [--turn-timeout S] [--wait reply|answer]
  With WAV files: each --in file is one turn (push-to-talk: sent, then released; open-mic: sent
  with a second of silence after it); the replies go to --out; exits after the last reply.
  --wait answer: the next file goes as soon as the assistant starts answering (a barge-in).
  With ALSA (default): press the key to talk and again to send (push-to-talk), or just talk
  (open-mic); q quits. Settings file: ${defaultSettingsPath()}
`;

const OPTIONS = {
  config: { type: 'string' },
  url: { type: 'string' },
  id: { type: 'string' },
  secret: { type: 'string' },
  mode: { type: 'string' },
  format: { type: 'string' },
  key: { type: 'string' },
  in: { type: 'string', multiple: true },
  out: { type: 'string' },
  'json-audio': { type: 'boolean' },
  'connect-timeout': { type: 'string' },
  'turn-timeout': { type: 'string' },
  wait: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Out = { write(s: string): unknown };

export async function deviceCommand(argv: string[], out: Out = process.stdout, err: Out = process.stderr) {
  const [first, ...rest] = argv;
  const sub = first === 'configure' || first === 'run' ? first : 'run';
  const args = first === 'configure' || first === 'run' ? rest : argv;
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; args: string[] }>>['values'];
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, allowPositionals: false }));
  } catch (e) {
    err.write(`${(e as Error).message}\n${DEVICE_USAGE}`);
    return 2;
  }
  if (values.help) {
    out.write(DEVICE_USAGE);
    return 0;
  }
  const file = values.config ?? defaultSettingsPath();
  const flags = {
    url: values.url,
    deviceId: values.id,
    secret: values.secret,
    mode: values.mode,
    format: values.format,
    key: values.key,
    ...(values['json-audio'] ? { binary: false } : {}),
  } as Partial<DeviceSettings>;
  let settings: DeviceSettings;
  try {
    settings = resolveSettings(await readSettingsFile(file), flags);
  } catch (e) {
    if (!(e instanceof DeviceSettingsError)) throw e;
    err.write(`${e.message}\n`);
    return 2;
  }
  if (sub === 'configure') {
    await writeSettingsFile(file, settings);
    out.write(`saved ${file}\n`);
    return 0;
  }
  const inputs = values.in ?? ['alsa'];
  const files = inputs.filter((i) => i !== 'alsa');
  if (files.length > 0 && files.length !== inputs.length) {
    err.write('--in takes either WAV files or alsa, not both\n');
    return 2;
  }
  const speaker: Speaker =
    values.out && values.out !== 'alsa' ? new WavSpeaker(values.out) : new AlsaSpeaker();
  const connectTimeoutS = Number(values['connect-timeout'] ?? 30);
  const turnTimeoutS = Number(values['turn-timeout'] ?? 60);
  const wait = values.wait ?? 'reply';
  if (wait !== 'reply' && wait !== 'answer') {
    err.write('--wait takes reply (the whole reply plays first) or answer (its first words)\n');
    return 2;
  }
  if (!(connectTimeoutS > 0) || !(turnTimeoutS > 0)) {
    err.write('--connect-timeout and --turn-timeout take seconds (> 0)\n');
    return 2;
  }
  const client = new DeviceClient({
    url: settings.url,
    deviceId: settings.deviceId,
    secret: settings.secret,
    mode: settings.mode,
    format: settings.format,
    binary: settings.binary,
  });
  const conversation = new Conversation(client, speaker, out, err);
  try {
    await conversation.connect(connectTimeoutS * 1000, settings.url);
  } catch (e) {
    client.close();
    await speaker.close();
    const refused = (e as DeviceRefusedError).name === 'DeviceRefusedError';
    err.write(`${(e as Error).message}\n`);
    return refused ? 4 : 3;
  }
  try {
    if (files.length > 0)
      return await conversation.playFiles(files, settings.mode, turnTimeoutS * 1000, wait === 'reply');
    return await conversation.interactive(settings);
  } finally {
    client.close();
    await speaker.close();
  }
}

/** Prints the conversation, plays the replies, and knows when a reply is over. */
class Conversation {
  readonly #client: DeviceClient;
  readonly #speaker: Speaker;
  readonly #out: Out;
  readonly #err: Out;
  #botSpeaking = false;
  #lastActivity = Date.now();
  #refused: DeviceRefusedError | undefined;

  constructor(client: DeviceClient, speaker: Speaker, out: Out, err: Out) {
    this.#client = client;
    this.#speaker = speaker;
    this.#out = out;
    this.#err = err;
    const touch = () => {
      this.#lastActivity = Date.now();
    };
    client.on('audio', (pcm) => {
      touch();
      speaker.play(pcm);
    });
    client.on('clear', () => speaker.clear());
    client.on('transcript', (t) => {
      touch();
      if (t.final) out.write(`${t.role === 'user' ? 'you' : 'assistant'}: ${t.text}\n`);
    });
    client.on('event', (e) => {
      touch();
      if (e.name === 'bot_started_speaking') this.#botSpeaking = true;
      if (e.name === 'bot_stopped_speaking') this.#botSpeaking = false;
      if (e.name === 'ui') out.write(`[screen] ${describeUi(e.data)}\n`);
      if (e.name === 'agent_switched') out.write(`[agent] ${JSON.stringify(e.data)}\n`);
    });
    client.on('serverError', (e) => err.write(`server: ${e.code}: ${e.message}\n`));
    client.on('state', (state, detail) => {
      if (state === 'offline') {
        this.#botSpeaking = false; // its stop will never come from that connection
        err.write(`[offline] ${detail ?? ''}; reconnecting\n`);
      }
      if (state === 'online') err.write(`[online] ${detail ?? ''} (session ${client.sessionId})\n`);
    });
    client.on('refused', (e) => {
      this.#refused = e;
    });
  }

  async connect(timeoutMs: number, url: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`server unreachable at ${url} (gave up after ${timeoutMs / 1000} s)`)),
        timeoutMs,
      );
    });
    try {
      const config = await Promise.race([this.#client.start(), timeout]);
      this.#out.write(`connected: ${config.assistant.name} (${config.mode}, session ${config.sessionId})\n`);
    } catch (e) {
      if ((e as Error).name === 'DeviceRefusedError')
        throw Object.assign(new Error(refusalText(e as DeviceRefusedError)), { name: 'DeviceRefusedError' });
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Each file one turn, at real time; waits for the reply (and the greeting first). */
  async playFiles(
    files: string[],
    mode: DeviceSettings['mode'],
    turnTimeoutMs: number,
    wholeReply: boolean,
  ): Promise<number> {
    if (wholeReply) await this.#quiet(1500, turnTimeoutMs);
    for (const file of files) {
      let pcm: Int16Array;
      try {
        pcm = await readWavFile(file);
      } catch (e) {
        this.#err.write(`cannot read ${file}: ${(e as Error).message}\n`);
        return 2;
      }
      if (mode === 'open-mic') pcm = withSilence(pcm, 1000);
      // Heard, and (when not waiting for the whole reply) answered: the first words of the reply.
      const heard = new Promise<void>((resolve) => {
        let user = false;
        const on = (t: { role: string; final: boolean }) => {
          if (t.role === 'user' && t.final) user = true;
          if (user && (wholeReply || t.role === 'assistant')) {
            this.#client.off('transcript', on);
            resolve();
          }
        };
        this.#client.on('transcript', on);
      });
      const frame = 320;
      const t0 = performance.now();
      for (let i = 0; i < pcm.length; i += frame) {
        const last = i + frame >= pcm.length;
        this.#client.sendAudio(pcm.subarray(i, i + frame), last && mode === 'push-to-talk');
        // Real time, as a microphone would: the server's pacing and VAD expect it.
        const due = t0 + (i + frame) / 16 - performance.now();
        if (due > 0) await sleep(due);
      }
      // The give-up timer is cleared once the reply is heard: left pending, it kept the process
      // alive for the whole turn timeout after the last turn (64 s for one 20 s exchange).
      let giveUp: NodeJS.Timeout | undefined;
      const ok = await Promise.race([
        heard.then(() => true),
        new Promise<boolean>((resolve) => {
          giveUp = setTimeout(() => resolve(false), turnTimeoutMs);
        }),
      ]);
      clearTimeout(giveUp);
      if (this.#refused) {
        this.#err.write(`${refusalText(this.#refused)}\n`);
        return 4;
      }
      if (!ok) {
        this.#err.write(`no reply to ${file} within ${turnTimeoutMs / 1000} s\n`);
        return 1;
      }
      if (wholeReply) await this.#quiet(1500, turnTimeoutMs);
    }
    return 0;
  }

  async interactive(settings: DeviceSettings): Promise<number> {
    const mic = new AlsaMicrophone();
    const key = settings.key === 'space' ? ' ' : settings.key;
    const send = (pcm: Int16Array) => this.#client.sendAudio(pcm);
    if (settings.mode === 'open-mic') {
      mic.start(send);
      this.#out.write('open mic: just talk; q quits\n');
    } else {
      this.#out.write(`push-to-talk: press ${settings.key} to talk, again to send; q quits\n`);
    }
    const stdin = process.stdin;
    if (!stdin.isTTY) {
      this.#err.write('push-to-talk needs a terminal (or use --in FILE.wav)\n');
      if (settings.mode === 'push-to-talk') return 2;
    } else stdin.setRawMode(true);
    stdin.resume();
    return new Promise<number>((resolve) => {
      const done = (code: number) => {
        mic.stop();
        if (stdin.isTTY) stdin.setRawMode(false);
        stdin.pause();
        resolve(code);
      };
      this.#client.on('refused', (e) => {
        this.#err.write(`${refusalText(e)}\n`);
        done(4);
      });
      stdin.on('data', (data: Buffer) => {
        const ch = data.toString('utf8');
        if (ch === 'q' || ch === '\u0003') return done(0);
        if (settings.mode !== 'push-to-talk' || ch !== key) return;
        if (!mic.recording) {
          this.#client.control('start_recording');
          this.#speaker.clear();
          mic.start(send);
          this.#out.write('… listening (press again to send)\n');
        } else {
          mic.stop();
          this.#client.sendAudio(new Int16Array(0), true);
        }
      });
    });
  }

  /** Resolves once nothing came for `ms` and the bot is not speaking (bounded by `maxMs`). */
  async #quiet(ms: number, maxMs: number): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      if (!this.#botSpeaking && Date.now() - this.#lastActivity >= ms) return;
      await sleep(50);
    }
  }
}

function refusalText(e: DeviceRefusedError): string {
  switch (e.code) {
    case 'unauthorized':
      return `refused: bad device credentials (${e.message}); check the id and secret, or register the device again`;
    case 'revoked':
      return 'refused: this device was revoked by the shop owner; ask them to register it again';
    default:
      return `refused: ${e.message}`;
  }
}

function describeUi(data: unknown): string {
  const d = data as { type?: string; products?: unknown[]; items?: unknown[] } | undefined;
  if (!d?.type) return 'update';
  if (Array.isArray(d.products)) return `${d.type}: ${d.products.length} products`;
  if (Array.isArray(d.items)) return `${d.type}: ${d.items.length} items`;
  return d.type;
}

function withSilence(pcm: Int16Array, ms: number): Int16Array {
  const out = new Int16Array(pcm.length + (ms * 16_000) / 1000);
  out.set(pcm);
  return out;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Fallback provider on the Debian binaries (`apt-get install flite espeak-ng sox`), used when
 * the WASM packages cannot load. Everything runs in child processes: espeak-ng streams WAV
 * to stdout, flite writes a temp file (its `-o` on a Node pipe yields nothing), and sox
 * resamples to the requested rate, so the event loop only copies bytes.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pcm16ByteAssembler } from '../../audio/pcm16.ts';
import { ServiceBase, ServiceError } from '../service-base.ts';
import { AsyncQueue } from './async-queue.ts';
import type { SynthesizeOptions, TtsDeps, TtsService } from './types.ts';
import { baseLanguage, formatVoice, parseVoice, type VoiceSpec } from './voices.ts';

const PROVIDER = 'cli';

export interface CliTtsOptions {
  voices: { en: string; es: string };
  speed: number;
  timeoutMs?: number;
}

/** Which of the binaries this provider needs are on PATH. */
export function cliBinaries(): { flite: boolean; espeak: boolean; sox: boolean } {
  const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).error === undefined;
  return {
    flite: has('flite', '--version'),
    espeak: has('espeak-ng', '--version'),
    sox: has('sox', '--version'),
  };
}

export class CliTtsService extends ServiceBase implements TtsService {
  readonly capabilities = { streaming: false } as const;
  readonly #defaults: { en: VoiceSpec; es: VoiceSpec };
  readonly #speed: number;
  readonly #dir: string;
  readonly #children = new Set<ChildProcess>();
  #counter = 0;
  #closed = false;

  constructor(options: CliTtsOptions, deps: TtsDeps = {}) {
    const en = parseVoice(options.voices.en);
    const es = parseVoice(options.voices.es);
    super({
      provider: PROVIDER,
      model: `${formatVoice(en)},${formatVoice(es)}`,
      clock: deps.clock,
      options: options.timeoutMs ? { timeoutMs: options.timeoutMs } : undefined,
    });
    this.#defaults = { en, es };
    this.#speed = options.speed;
    this.#dir = mkdtempSync(join(tmpdir(), 'voice-shopper-tts-cli-'));
  }

  resolveVoice(opts: Pick<SynthesizeOptions, 'voice' | 'language'>): VoiceSpec {
    if (opts.voice) return parseVoice(opts.voice);
    const lang = baseLanguage(opts.language) ?? 'en';
    if (lang === 'en') return this.#defaults.en;
    if (lang === 'es') return this.#defaults.es;
    return { engine: 'espeak', voice: lang };
  }

  async warmup(): Promise<void> {
    const bins = cliBinaries();
    const missing = [
      !bins.sox && 'sox',
      (this.#defaults.en.engine === 'flite' || this.#defaults.es.engine === 'flite') &&
        !bins.flite &&
        'flite',
      !bins.espeak && 'espeak-ng',
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new ServiceError(`TTS_PROVIDER=cli needs: apt-get install -y ${missing.join(' ')}`, {
        kind: 'missing-dependency',
        provider: PROVIDER,
      });
    }
  }

  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array, void, undefined> {
    if (this.#closed)
      throw new ServiceError('TTS service is closed', { kind: 'internal', provider: PROVIDER });
    const clean = text.trim();
    if (!clean) return;
    const { signal } = opts;
    if (signal?.aborted) throw aborted(signal.reason);
    const spec = this.resolveVoice(opts);
    const queue = new AsyncQueue<Int16Array>();
    const bytes = new Pcm16ByteAssembler();
    const procs: ChildProcess[] = [];
    const track = (p: ChildProcess) => {
      procs.push(p);
      this.#children.add(p);
      p.once('exit', () => this.#children.delete(p));
      p.once('error', (err) => queue.fail(engineError(`${p.spawnfile} failed: ${err.message}`, err)));
      return p;
    };
    const killAll = () => {
      for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    };
    const sox = (input: string) =>
      track(
        spawn(
          'sox',
          [
            '-q',
            '-t',
            'wav',
            input,
            '-t',
            'raw',
            '-r',
            String(opts.sampleRate),
            '-e',
            'signed',
            '-b',
            '16',
            '-c',
            '1',
            '-',
          ],
          {
            stdio: [input === '-' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
          },
        ),
      );
    let wavFile: string | undefined;
    let out: ChildProcess;
    if (spec.engine === 'espeak') {
      const rate = String(Math.round(Math.min(450, Math.max(80, 175 * this.#speed))));
      const es = track(
        spawn('espeak-ng', ['-v', spec.voice, '-s', rate, '--stdout', clean], {
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );
      out = sox('-');
      es.stdout!.pipe(out.stdin!);
    } else {
      wavFile = join(this.#dir, `${++this.#counter}.wav`);
      const fl = track(
        spawn(
          'flite',
          [
            '-voice',
            spec.voice,
            '--setf',
            `duration_stretch=${1 / this.#speed}`,
            '-t',
            ` ${clean} `,
            '-o',
            wavFile,
          ],
          {
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        ),
      );
      const code = await new Promise<number | null>((resolve) => {
        fl.once('close', resolve);
        fl.once('error', () => resolve(-1));
      });
      if (code !== 0) throw engineError(`flite exited with code ${code} for voice ${spec.voice}`);
      out = sox(wavFile);
    }
    out.stdout!.on('data', (b: Buffer) => {
      const samples = bytes.push(b);
      if (samples.length > 0) queue.push(samples.slice());
    });
    out.once('close', (code) => {
      if (code === 0) queue.end();
      else
        queue.fail(engineError(`sox exited with code ${code} while converting ${formatVoice(spec)} audio`));
    });
    const onAbort = () => {
      killAll();
      queue.fail(aborted(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = this.clock.setTimer(() => {
      killAll();
      queue.fail(
        new ServiceError(`TTS did not finish within ${this.options.timeoutMs} ms`, {
          kind: 'timeout',
          provider: PROVIDER,
        }),
      );
    }, this.options.timeoutMs);
    try {
      for await (const chunk of queue) yield chunk;
    } finally {
      timer.cancel();
      signal?.removeEventListener('abort', onAbort);
      killAll();
      if (wavFile) rmSync(wavFile, { force: true });
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const p of this.#children) p.kill('SIGKILL');
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

function aborted(cause: unknown): ServiceError {
  return new ServiceError('TTS synthesis aborted', { kind: 'aborted', provider: PROVIDER, cause });
}

function engineError(message: string, cause?: unknown): ServiceError {
  return new ServiceError(message, { kind: 'engine', provider: PROVIDER, cause });
}

/**
 * First words through the real VAD + STT path, in process and independent of machine load:
 * each request (the turn-latency set's complete ones, four voices, 1 s of faint noise before)
 * runs through VadProcessor → SttProcessor → pocketsphinx (mixed LM on the STT bench catalog).
 * Silero's real probabilities are replayed with the VAD's inference held back by 0, 200 and
 * 400 ms, as a busy machine holds it back. Reports, per voice and lag, how much audio from
 * before the onset the STT was handed and whether the first word was recognised.
 */
import { join } from 'node:path';
import { concatInt16 } from '../audio/pcm16.ts';
import { LaggedReplayModel, probabilitiesOf } from '../audio/testing/lagged-replay-model.ts';
import { brownNoise, mix, silence, synthesize } from '../audio/testing/speech-fixtures.ts';
import { DEFAULT_VAD_PARAMS } from '../audio/vad/config.ts';
import { SileroVadEngine } from '../audio/vad/silero-engine.ts';
import { VadProcessor } from '../audio/vad/vad-processor.ts';
import { createFrame, Pipeline, systemClock } from '../pipeline/index.ts';
import { runProcessorTest, type TestStep } from '../pipeline/testing.ts';
import { BENCH_VOCABULARY } from '../services/stt/bench-data.ts';
import { buildCatalogLm } from '../services/stt/lm/builder.ts';
import { PocketsphinxSttService } from '../services/stt/pocketsphinx/service.ts';
import { DEFAULT_DECODER_ARGS, decoderSpecFor } from '../services/stt/pocketsphinx/specs.ts';
import { SttProcessor } from '../services/stt/stt-processor.ts';
import type { SttStream, SttStreamOptions, SttTranscript } from '../services/stt/types.ts';
import { WrappedSttService } from '../services/stt/wrapped.ts';
import { COMPLETE_REQUESTS, firstWord, TURN_VOICES } from './e2e/turn-utterances.ts';
import { type BenchOptions, type BenchTable, percentile } from './table.ts';

const RATE = 16_000;
const CHUNK = 256;
const LEAD = RATE;
const MODEL_DIR = process.env.POCKETSPHINX_MODEL_DIR ?? '/usr/share/pocketsphinx/model/en-us';

/** Delegates to a real service and keeps every utterance's audio and final transcript. */
class CapturingStt extends WrappedSttService {
  audio: Int16Array[] = [];
  final: Promise<SttTranscript> | undefined;
  async openStream(opts?: SttStreamOptions): Promise<SttStream> {
    const s = await this.inner.openStream(opts);
    return {
      id: s.id,
      push: (pcm) => {
        if (!this.final) this.audio.push(pcm.slice());
        s.push(pcm);
      },
      flush: () => s.flush?.(),
      finalize: (signal) => {
        const p = s.finalize(signal);
        this.final ??= p;
        return p;
      },
      reset: () => s.reset(),
      close: () => s.close(),
      [Symbol.asyncIterator]: () => s[Symbol.asyncIterator](),
    };
  }
}

function positionOf(stream: Int16Array, head: Int16Array): number {
  const probe = head.subarray(0, 64);
  outer: for (let i = 0; i + probe.length <= stream.length; i++) {
    for (let j = 0; j < probe.length; j++) if (stream[i + j] !== probe[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Short first words followed by a pause, the shape the browser flow lost ("yes, go ahead" heard
 * as "is the ahead"): the VAD may confirm speech only on the second word.
 */
const SHORT_FIRST_WORDS = ['yes, go ahead', 'no, show me the blue ones', 'wait, remove the hoodie'] as const;

/** Comma-separated ms values 0–1000 from the environment. */
function listFromEnv(name: string, fallback: string): number[] {
  const raw = process.env[name] ?? fallback;
  const values = raw.split(',').map((v) => Number(v.trim()));
  if (values.some((l) => !Number.isInteger(l) || l < 0 || l > 1000))
    throw new Error(`${name} must be integers 0–1000 separated by commas, got "${raw}"`);
  return values;
}

/** STT_ONSET_LEAD_MS values compared (FIRST_WORD_LEADS="0,200,400"); 0 = the fixed 400 ms pre-roll. */
const leadsToCompare = () => listFromEnv('FIRST_WORD_LEADS', '0,400');

interface Outcome {
  voice: string;
  lagMs: number;
  leadMs: number;
  /** Audio handed to the STT from before the first voiced sample, ms (negative: clipped). */
  beforeOnsetMs: number;
  heard: boolean;
  text: string;
  hyp: string;
}

export async function runFirstWordBench(opts: BenchOptions): Promise<BenchTable[]> {
  const voices = opts.quick ? TURN_VOICES.slice(0, 1) : TURN_VOICES;
  const texts = opts.quick
    ? [COMPLETE_REQUESTS[0], SHORT_FIRST_WORDS[0]]
    : [...COMPLETE_REQUESTS, ...SHORT_FIRST_WORDS];
  const lags = opts.quick ? [0, 400] : listFromEnv('FIRST_WORD_LAGS', '0,200,400');
  const leads = leadsToCompare();
  const lm = await buildCatalogLm(BENCH_VOCABULARY, {
    cacheDir: join(process.cwd(), 'data', 'lm'),
    modelDir: MODEL_DIR,
  });
  // The server's default mode (dual: catalog decoder + mixed decoder).
  const { spec, model } = decoderSpecFor('dual', MODEL_DIR, lm, 0.95, DEFAULT_DECODER_ARGS);
  const stt = new PocketsphinxSttService({ modelDir: MODEL_DIR, spec, model, workers: 1 });
  // Load the decoder once before the timed pipelines: a cold dual decoder took over the
  // pipeline's 20 s start timeout on the loaded machine.
  await (await stt.openStream()).close();
  const engine = await SileroVadEngine.create();
  const outcomes: Outcome[] = [];
  try {
    for (const voice of voices) {
      for (const text of texts) {
        const u = await synthesize(text, voice);
        const clean = concatInt16([silence(LEAD), u.pcm, silence(RATE)]);
        const stream = mix(clean, brownNoise(clean.length, -65, 7));
        const probs = await probabilitiesOf(engine.createStream(RATE), stream);
        for (const [lagMs, leadMs] of lags.flatMap((l) => leads.map((d) => [l, d] as const))) {
          const replay = new LaggedReplayModel(probs, lagMs);
          const vad = new VadProcessor({
            engine: { createStream: () => replay },
            params: DEFAULT_VAD_PARAMS,
          });
          const capture = new CapturingStt(stt);
          const steps: TestStep[] = [];
          for (let i = 0; i < stream.length; i += CHUNK) {
            const fed = Math.min(stream.length, i + CHUNK);
            steps.push(
              createFrame(
                'input-audio',
                {
                  audio: stream.slice(i, i + CHUNK),
                  sampleRate: RATE,
                  channels: 1,
                },
                systemClock,
              ),
              { run: () => replay.fed(fed) },
            );
          }
          steps.push(
            { run: () => replay.fed(Number.MAX_SAFE_INTEGER) },
            { run: () => vad.whenIdle() },
            { run: async () => void (await capture.final?.catch(() => undefined)) },
          );
          await runProcessorTest(
            new Pipeline([
              vad,
              new SttProcessor({ stt: capture, ...(leadMs > 0 ? { onsetLeadMs: leadMs } : {}) }),
            ]),
            steps,
            {
              clock: systemClock,
            },
          );
          const hyp = (await capture.final?.catch(() => undefined))?.text ?? '';
          const position = positionOf(stream, concatInt16(capture.audio));
          outcomes.push({
            voice: `${voice.engine}:${voice.voice}`,
            lagMs,
            leadMs,
            beforeOnsetMs: position < 0 ? Number.NaN : ((LEAD - position) / RATE) * 1000,
            heard: hyp !== '' && firstWord(hyp).split("'")[0] === firstWord(text),
            text,
            hyp,
          });
        }
      }
    }
  } finally {
    await engine.close();
    await stt.close();
  }
  const rows: (string | number)[][] = [];
  const row = (label: string, lagMs: number, leadMs: number, mine: Outcome[]) => {
    const before = mine.map((o) => o.beforeOnsetMs);
    const heard = mine.filter((o) => o.heard).length;
    rows.push([
      label,
      lagMs,
      leadMs === 0 ? 'fixed 400 ms' : leadMs,
      mine.length,
      Math.min(...before),
      percentile(before, 50),
      `${heard}/${mine.length} (${((100 * heard) / Math.max(1, mine.length)).toFixed(0)} %)`,
    ]);
  };
  for (const leadMs of leads) {
    for (const voice of [...new Set(outcomes.map((o) => o.voice))]) {
      for (const lagMs of lags) {
        row(
          voice,
          lagMs,
          leadMs,
          outcomes.filter((o) => o.voice === voice && o.lagMs === lagMs && o.leadMs === leadMs),
        );
      }
    }
  }
  for (const leadMs of leads) {
    for (const lagMs of lags)
      row(
        'all',
        lagMs,
        leadMs,
        outcomes.filter((o) => o.lagMs === lagMs && o.leadMs === leadMs),
      );
    row(
      'all lags',
      -1,
      leadMs,
      outcomes.filter((o) => o.leadMs === leadMs),
    );
  }
  const missed = outcomes.filter((o) => !o.heard).slice(0, 12);
  return [
    {
      title: 'First words through VAD + STT (in process, Silero replayed with inference lag)',
      columns: [
        'voice',
        'VAD lag (ms)',
        'onset lead (ms)',
        'requests',
        'audio before onset, min (ms)',
        'median (ms)',
        'first word recognised',
      ],
      rows,
      notes: [
        'Audio before onset: how much of what precedes the first voiced sample the STT was handed (negative = the onset was clipped). Recognised: the first word of pocketsphinx’s final equals the first word said ("what\'s" counts as "what"). Independent of machine load: the lag is simulated, the decoder result depends only on the audio.',
        missed.length
          ? `Missed (up to 12): ${missed.map((o) => `"${o.text}" → "${o.hyp}" (${o.voice}, lag ${o.lagMs}, lead ${o.leadMs})`).join('; ')}.`
          : 'No first word missed.',
      ],
    },
  ];
}

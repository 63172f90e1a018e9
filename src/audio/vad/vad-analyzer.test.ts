import { describe, expect, it } from 'vitest';
import { DEFAULT_VAD_PARAMS, modelFromEnv, paramsFromEnv, type VadParams } from './config.ts';
import { VadAnalyzer, type VadEvent, type VoiceConfidenceModel, volumeFromDbfs } from './vad-analyzer.ts';

/** Returns scripted probabilities, one per 512-sample window, and records what it saw. */
class ScriptedModel implements VoiceConfidenceModel {
  readonly sampleRate = 16000;
  readonly windowSamples = 512;
  calls = 0;
  readonly probs: number[];
  constructor(probs: number[]) {
    this.probs = probs;
  }
  async predict(window: Float32Array): Promise<number> {
    expect(window.length).toBe(512);
    return this.probs[this.calls++] ?? 0;
  }
  reset(): void {
    this.calls = 0;
  }
}

/** Loud noise-like audio (not tonal) so only the scripted probabilities decide. */
function loud(windows: number): Int16Array {
  let s = 12345;
  return Int16Array.from({ length: windows * 512 }, () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s % 16000) - 8000;
  });
}

const params: VadParams = {
  ...DEFAULT_VAD_PARAMS,
  confidence: 0.6,
  stopConfidence: 0.45,
  startSecs: 0.096,
  stopSecs: 0.128,
};

async function feed(a: VadAnalyzer, pcm: Int16Array, chunk: number): Promise<VadEvent[]> {
  const out: VadEvent[] = [];
  for (let i = 0; i < pcm.length; i += chunk) out.push(...(await a.push(pcm.subarray(i, i + chunk))));
  return out;
}

describe('VadAnalyzer state machine', () => {
  // windows: 0-4 quiet, 5-14 speech (with a dip to 0.5 at 9), 15-24 quiet
  const probs = [
    0, 0, 0, 0, 0, 0.9, 0.9, 0.9, 0.9, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0, 0, 0, 0,
  ];

  it.each([256, 512, 100, 3000])(
    'emits start/stop with stream-time stamps for %i-sample chunks',
    async (chunk) => {
      const a = new VadAnalyzer(new ScriptedModel(probs), params);
      const events = await feed(a, loud(probs.length), chunk);
      expect(events).toEqual([
        // 3 windows (96 ms) of speech needed; speech began with window 5 (160 ms).
        { type: 'speech-start', atMs: 160, detectedAtMs: 256 },
        // last voiced window is 14 (ends 480 ms); 4 quiet windows (128 ms) later → stop.
        { type: 'speech-stop', atMs: 480, detectedAtMs: 608 },
      ]);
      expect(a.state).toBe('quiet');
      expect(a.streamTimeMs).toBe(probs.length * 32);
    },
  );

  it('setParams: a shorter stop window (another agent) ends the next utterance sooner', async () => {
    const a = new VadAnalyzer(new ScriptedModel([...probs, ...probs]), { ...params, stopSecs: 0.256 });
    const first = await feed(a, loud(probs.length), 512);
    expect(first.find((e) => e.type === 'speech-stop')).toEqual({
      type: 'speech-stop',
      atMs: 480,
      detectedAtMs: 736,
    });
    a.setParams(params);
    expect(a.params.stopSecs).toBe(0.128);
    const second = await feed(a, loud(probs.length), 512);
    const offset = probs.length * 32;
    expect(second.find((e) => e.type === 'speech-stop')).toEqual({
      type: 'speech-stop',
      atMs: offset + 480,
      detectedAtMs: offset + 608,
    });
  });

  it('places the onset at a burst that broke off shortly before the confirmed run ("wh-" of "what")', async () => {
    // windows 3-4 voiced, 5-6 a dip (64 ms, shorter than the 128 ms stop window), 7-9 confirm.
    const burst = [0, 0, 0, 0.9, 0.9, 0.1, 0.1, 0.9, 0.9, 0.9, 0.9, 0, 0, 0, 0, 0];
    const a = new VadAnalyzer(new ScriptedModel(burst), params);
    const events = await feed(a, loud(burst.length), 512);
    expect(events[0]).toEqual({ type: 'speech-start', atMs: 96, detectedAtMs: 320 });
    // A burst further back than the stop window is another sound: the onset is the run's own.
    const apart = [0.9, 0.9, 0, 0, 0, 0, 0, 0.9, 0.9, 0.9, 0.9, 0, 0, 0, 0, 0];
    const b = new VadAnalyzer(new ScriptedModel(apart), params);
    expect((await feed(b, loud(apart.length), 512))[0]).toMatchObject({ atMs: 224 });
  });

  it('hysteresis: a dip between stop and start thresholds does not end speech, one below does', async () => {
    // 0.5 sits between stop (0.45) and start (0.6): still speech. 0.3 twice ends it.
    const dip = [0.9, 0.9, 0.9, 0.5, 0.5, 0.5, 0.9, 0.3, 0.3, 0.3, 0.9, 0.9, 0.9, 0, 0, 0];
    const a = new VadAnalyzer(new ScriptedModel(dip), { ...params, stopSecs: 0.064 });
    const events = await feed(a, loud(dip.length), 512);
    expect(events.map((e) => e.type)).toEqual(['speech-start', 'speech-stop', 'speech-start', 'speech-stop']);
  });

  it('a short blip below start_secs never starts speech', async () => {
    const a = new VadAnalyzer(new ScriptedModel([0.9, 0.9, 0, 0.9, 0.9, 0, 0]), params);
    expect(await feed(a, loud(7), 512)).toEqual([]);
    expect(a.state).toBe('quiet');
  });

  it('the volume gate blocks confident but quiet audio', async () => {
    const quiet = Int16Array.from(loud(10), (v) => v >> 8); // about -58 dBFS
    const a = new VadAnalyzer(new ScriptedModel(new Array(10).fill(0.99)), params);
    expect(await feed(a, quiet, 512)).toEqual([]);
  });

  it('pure tones cannot start speech but do not reset a start in progress', async () => {
    const tone = Int16Array.from({ length: 20 * 512 }, (_, i) =>
      Math.round(8000 * Math.sin((2 * Math.PI * 200 * i) / 16000)),
    );
    const a = new VadAnalyzer(new ScriptedModel(new Array(20).fill(0.9)), params);
    expect(await feed(a, tone, 512)).toEqual([]);
    const b = new VadAnalyzer(new ScriptedModel(new Array(20).fill(0.9)), { ...params, rejectTones: false });
    expect((await feed(b, tone, 512)).map((e) => e.type)).toEqual(['speech-start']);
    // noise, tone, noise, noise: the tonal window holds the count instead of resetting it.
    const mixed = new Int16Array(4 * 512);
    mixed.set(loud(1));
    mixed.set(tone.subarray(0, 512), 512);
    mixed.set(loud(2), 1024);
    const c = new VadAnalyzer(new ScriptedModel([0.9, 0.9, 0.9, 0.9]), params);
    expect((await feed(c, mixed, 512)).map((e) => e.atMs)).toEqual([0]);
  });

  it('answers settled deep silence without the model, and asks it again as soon as sound returns', async () => {
    let windowsSeen = 0;
    let resets = 0;
    // Confident wherever there is sound: only the skipping decides what the model sees.
    const model: VoiceConfidenceModel = {
      sampleRate: 16000,
      windowSamples: 512,
      predict: async (w) => {
        windowsSeen++;
        return w.some((x) => x !== 0) ? 0.9 : 0;
      },
      reset: () => {
        resets++;
      },
    };
    const a = new VadAnalyzer(model, params);
    // 40 windows of zeros, 10 of loud sound, 20 of zeros, fed as 512-sample chunks.
    const pcm = new Int16Array(70 * 512);
    pcm.set(loud(10), 40 * 512);
    const events = await feed(a, pcm, 512);
    // Of each silent stretch the model scores 8 windows once the analyzer is quiet again (the
    // stop hangover of 4 windows counts towards them); the sound it scores whole.
    expect(a.skippedWindows).toBe(40 - 8 + (20 - 8));
    expect(windowsSeen).toBe(70 - a.skippedWindows);
    expect(events.map((e) => e.type)).toEqual(['speech-start', 'speech-stop']);
    expect(events[0]!.atMs).toBe(40 * 32);
    expect(events[1]!.atMs).toBe(50 * 32);
    expect(resets).toBe(1); // the model's memory restarts once, when sound returned
  });

  it('never skips with the volume gate off, or when told not to', async () => {
    for (const [p, options] of [
      [{ ...params, minVolume: 0 }, {}],
      [params, { skipSilence: false }],
    ] as const) {
      const m = new ScriptedModel([]);
      const a = new VadAnalyzer(m, p, options);
      await feed(a, new Int16Array(50 * 512), 512);
      expect(a.skippedWindows).toBe(0);
      expect(m.calls).toBe(50);
    }
  });

  it('serialises overlapping pushes and resets cleanly', async () => {
    const model = new ScriptedModel(probs);
    const a = new VadAnalyzer(model, params);
    const pcm = loud(probs.length);
    const all = await Promise.all(
      Array.from({ length: probs.length }, (_, i) => a.push(pcm.subarray(i * 512, (i + 1) * 512))),
    );
    expect(all.flat().map((e) => e.type)).toEqual(['speech-start', 'speech-stop']);
    await a.reset();
    expect(a.streamTimeMs).toBe(0);
    expect(model.calls).toBe(0);
  });

  it('an abort loses the window but keeps stream time and later pushes working', async () => {
    const a = new VadAnalyzer(new ScriptedModel(new Array(10).fill(0)), params);
    await expect(a.push(loud(1), AbortSignal.abort())).rejects.toThrow();
    await a.push(loud(1));
    expect(a.streamTimeMs).toBe(64);
  });
});

describe('VAD config', () => {
  it('has documented defaults and validates env', () => {
    expect(DEFAULT_VAD_PARAMS).toEqual({
      confidence: 0.6,
      stopConfidence: 0.45,
      startSecs: 0.2,
      stopSecs: 0.2,
      minVolume: 0.6,
      rejectTones: true,
    });
    expect(
      paramsFromEnv({ VAD_CONFIDENCE: '0.8', VAD_STOP_SECS: '0.5', VAD_REJECT_TONES: 'false' }),
    ).toMatchObject({
      confidence: 0.8,
      stopConfidence: expect.closeTo(0.65, 6),
      stopSecs: 0.5,
      rejectTones: false,
    });
    expect(() => paramsFromEnv({ VAD_CONFIDENCE: '2' })).toThrow();
    expect(() => modelFromEnv({ VAD_MODEL_PATH: '/x.onnx' })).toThrow(/VAD_MODEL_SHA256/);
  });

  it('maps dBFS to the Pipecat volume scale', () => {
    expect(volumeFromDbfs(-50)).toBeCloseTo(0.6);
    expect(volumeFromDbfs(-120)).toBe(0);
    expect(volumeFromDbfs(0)).toBe(1);
  });
});

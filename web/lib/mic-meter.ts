/**
 * A microphone level meter (WavMediaManager reports no levels): the track's RMS on a perceptual
 * scale, smoothed, written to the element as the `--level` CSS variable every frame and to its
 * data-level / aria-valuenow at most ten times a second.
 */
export interface MeterTarget {
  element(): HTMLElement | null;
  /** A muted microphone shows no level. */
  muted(): boolean;
}

/** Starts metering `track`; returns the function that stops it and releases the audio context. */
export function startMicMeter(track: MediaStreamTrack, target: MeterTarget): () => void {
  const ctx = new AudioContext();
  const source = ctx.createMediaStreamSource(new MediaStream([track]));
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const buf = new Float32Array(analyser.fftSize);
  let raf = 0;
  let smooth = 0;
  let lastWrite = 0;
  const tick = (now: number) => {
    analyser.getFloatTimeDomainData(buf);
    let sum = 0;
    for (const v of buf) sum += v * v;
    const rms = Math.sqrt(sum / buf.length);
    // Perceptual scale: about -60 dBFS → 0, -10 dBFS → 1.
    const db = 20 * Math.log10(rms + 1e-9);
    const level = target.muted() ? 0 : Math.min(1, Math.max(0, (db + 60) / 50));
    smooth = level > smooth ? level : smooth * 0.85 + level * 0.15;
    const el = target.element();
    if (el) {
      el.style.setProperty('--level', smooth.toFixed(3));
      if (now - lastWrite > 100) {
        el.dataset.level = smooth.toFixed(2);
        el.setAttribute('aria-valuenow', smooth.toFixed(2));
        lastWrite = now;
      }
    }
    raf = requestAnimationFrame(tick);
  };
  raf = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(raf);
    source.disconnect();
    void ctx.close();
  };
}

import { describe, expect, it, vi } from 'vitest';

// Pure computation, but a second of audio per case: generous on a loaded machine (not a speed check).
vi.setConfig({ testTimeout: 60_000 });

import { MAX_TRIAL_UTTERANCES, nearestWarp, SessionWarpTrial, warpForPitch } from './session-warp.ts';

/** A voiced sound at `f0` Hz (a few harmonics), `seconds` long, 16 kHz. */
function voice(f0: number, seconds: number): Int16Array {
  const out = new Int16Array(Math.round(seconds * 16_000));
  for (let i = 0; i < out.length; i++) {
    let v = 0;
    for (let h = 1; h <= 6; h++) v += Math.sin((2 * Math.PI * f0 * h * i) / 16_000) / h;
    out[i] = Math.round(4000 * v);
  }
  return out;
}

describe('session warp', () => {
  it('maps low voices to no warp and high voices to a higher one', () => {
    expect(warpForPitch(100)).toBe(1);
    expect(warpForPitch(140)).toBe(1);
    expect(warpForPitch(210)).toBeCloseTo(1.175);
    expect(warpForPitch(400)).toBe(1.3);
    expect(nearestWarp([1, 1.2], warpForPitch(210))).toBe(1);
    expect(nearestWarp([1, 1.2], warpForPitch(120))).toBe(0);
    expect(nearestWarp([1, 1.1, 1.2], 1.08)).toBe(1);
  });

  it("decides on the first utterance with enough voiced speech, from the speaker's pitch", () => {
    const trial = new SessionWarpTrial(1);
    trial.add(voice(220, 0.3)); // a short "yes": too few voiced frames
    expect(trial.endUtterance()).toBeUndefined();
    trial.add(voice(220, 0.5));
    trial.add(voice(220, 0.5)); // chunks of one utterance add up
    expect(trial.endUtterance()).toBeCloseTo(warpForPitch(220), 1);
    expect(trial.f0).toBeGreaterThan(200);
  });

  it('waits for the minimum number of utterances, and gives up on silence with warp 1', () => {
    const two = new SessionWarpTrial(2);
    two.add(voice(110, 1));
    expect(two.endUtterance()).toBeUndefined();
    two.add(voice(110, 1));
    expect(two.endUtterance()).toBe(1);
    const silent = new SessionWarpTrial(1);
    const results = Array.from({ length: MAX_TRIAL_UTTERANCES }, () => {
      silent.add(new Int16Array(16_000));
      return silent.endUtterance();
    });
    expect(results).toEqual([...results.slice(0, -1).map(() => undefined), 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { SerialRounds } from './rounds.ts';

describe('one outbox round at a time', () => {
  it('runs one round per kick, folds kicks during a round into one more round, and starts none once closed', async () => {
    const closed = new AbortController();
    let running = 0;
    let most = 0;
    let rounds = 0;
    let release: (() => void) | undefined;
    const serial = new SerialRounds(async () => {
      running++;
      most = Math.max(most, running);
      rounds++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      running--;
    }, closed.signal);

    serial.kick();
    serial.kick();
    serial.kick(); // two kicks during the first round: one more round, not two
    release?.();
    await new Promise((r) => setImmediate(r));
    expect(rounds).toBe(2);
    release?.();
    await serial.idle();
    expect(rounds).toBe(2);
    expect(most).toBe(1);

    closed.abort();
    serial.kick();
    await serial.idle();
    expect(rounds).toBe(2);
  });
});

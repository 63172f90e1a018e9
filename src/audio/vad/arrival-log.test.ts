import { describe, expect, it } from 'vitest';
import { ArrivalLog } from './arrival-log.ts';

describe('ArrivalLog', () => {
  it('answers with the arrival of the first frame ending at or after the stream time', () => {
    const log = new ArrivalLog();
    expect(log.arrivalOf(0)).toBeUndefined();
    log.record(20, 1000);
    log.record(40, 1025);
    log.record(60, 1040);
    expect(log.arrivalOf(0)).toBe(1000);
    expect(log.arrivalOf(20)).toBe(1000);
    expect(log.arrivalOf(21)).toBe(1025);
    expect(log.arrivalOf(60)).toBe(1040);
    // Not logged yet (pushed after the decision was asked about): the newest arrival.
    expect(log.arrivalOf(90)).toBe(1040);
    log.clear();
    expect(log.arrivalOf(20)).toBeUndefined();
  });

  it('keeps the newest 512 frames and answers for older audio with the oldest kept', () => {
    const log = new ArrivalLog();
    for (let i = 1; i <= 600; i++) log.record(i * 20, 5000 + i);
    expect(log.arrivalOf(0)).toBe(5000 + 89);
    expect(log.arrivalOf(600 * 20)).toBe(5600);
    expect(log.arrivalOf(300 * 20 - 5)).toBe(5300);
  });
});

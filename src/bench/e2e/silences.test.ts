import { describe, expect, it } from 'vitest';
import { ServerMetrics } from '../../server/metrics.ts';
import { parseSilences, silencesBetween } from './harness.ts';

describe('server-counted output silences', () => {
  it("reads the server's histogram by cause, with those over 100 ms, and diffs two readings", async () => {
    const metrics = new ServerMetrics();
    const before = parseSilences(await metrics.registry.metrics());
    expect(before).toEqual({ late: { count: 0, over100: 0 }, starved: { count: 0, over100: 0 } });
    for (const s of [0.03, 0.12]) metrics.outputSilenceSeconds.observe({ cause: 'late' }, s);
    for (const s of [0.2, 0.25, 0.05]) metrics.outputSilenceSeconds.observe({ cause: 'starved' }, s);
    const after = parseSilences(await metrics.registry.metrics());
    expect(after).toEqual({ late: { count: 2, over100: 1 }, starved: { count: 3, over100: 2 } });
    expect(silencesBetween([before, before], [after, after])).toEqual({
      late: { count: 4, over100: 2 },
      starved: { count: 6, over100: 4 },
    });
  });
});

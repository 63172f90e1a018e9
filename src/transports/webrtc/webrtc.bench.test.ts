import { expect, it } from 'vitest';
import { runWebRtcBench } from './webrtc.bench.ts';

// The quick run still does the bench's real work (a real peer connection, Opus both ways): on a loaded
// two-core machine it is slow, not wrong (it checks the tables, not the time), like the TTS and VAD runs.
it('WebRTC bench smoke run produces its tables', { timeout: 120_000 }, async () => {
  const tables = await runWebRtcBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  const session = tables[1]!.rows[0]!;
  expect(session[4]).toBeGreaterThan(0); // the server received mic RTP
  expect(session[5]).toBeGreaterThan(0); // the client received bot RTP
});

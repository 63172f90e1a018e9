import { expect, it } from 'vitest';
import { runWebRtcBench } from './webrtc.bench.ts';

it('WebRTC bench smoke run produces its tables', async () => {
  const tables = await runWebRtcBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  const session = tables[1]!.rows[0]!;
  expect(session[4]).toBeGreaterThan(0); // the server received mic RTP
  expect(session[5]).toBeGreaterThan(0); // the client received bot RTP
}, 30_000);

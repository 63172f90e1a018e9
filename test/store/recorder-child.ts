/**
 * Child process for the SIGKILL durability test: records events as fast as it can and prints
 * "ack <seq>" for each one append() has acknowledged. The parent kills it mid-stream.
 */

import { openDatabase } from '../../src/store/db.ts';
import { eventWriterFor } from '../../src/store/event-writers.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';

const path = process.argv[2]!;
const store = await openDatabase({ path });
// argv[3] 'worker': the commits happen in the SQLite writer thread, as the server does it.
const recorder = new ConversationRecorder(store.db, {
  ...(process.argv[3] === 'worker' ? { writer: eventWriterFor(store) } : {}),
});
for (let i = 1; ; i++) {
  const type = i % 2 === 1 ? 'user_transcript' : 'assistant_text';
  // A few appends in flight at once, as a pipeline observer would issue them.
  const acks = await Promise.all(
    [0, 1, 2].map((k) => recorder.append('s-kill', type, { text: `turn ${i}.${k}` })),
  );
  process.stdout.write(acks.map((e) => `ack ${e.seq}\n`).join(''));
}

/**
 * Run by sqlite-event-writer.test.ts: records an event through the writer thread (which leaves
 * the idle thread unref'd) and awaits close() with nothing else keeping the process alive.
 * Node exits 13 ("unsettled top-level await") if closing does not hold the process open.
 */
import { openDatabase } from '../../src/store/db.ts';
import { eventWriterFor } from '../../src/store/event-writers.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';

const store = await openDatabase({ path: process.argv[2]! });
const recorder = new ConversationRecorder(store.db, { writer: eventWriterFor(store) });
await recorder.append('s', 'session_start', {});
await recorder.close();
await store.close();
process.stdout.write('closed\n');

/**
 * Sensitive numbers never reach the logs or the conversation recording: the logger's hooks pass
 * messages and fields through the installed redactor, and the recorder stores redacted payloads
 * (on a real database of each dialect).
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { redactText } from '../../src/agents/safety/redact.ts';
import { redactingHooks, setLogTextRedactor } from '../../src/log/logger.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

describe('log redaction', () => {
  afterEach(() => setLogTextRedactor((t) => t));

  it('redacts messages and nested fields, keeps errors and other values', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ hooks: redactingHooks() }, sink);
    setLogTextRedactor((text) => redactText(text));
    log.info(
      {
        text: 'card 4111 1111 1111 1111',
        payload: { text: 'call 415-555-0132' },
        seq: 4111111111111111,
        at: new Date(0),
      },
      'heard 5500 0000 0000 0004',
    );
    log.warn({ err: new Error('boom') }, 'failed');
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(first.msg).toBe('heard [card number]');
    expect(first.text).toBe('card [card number]');
    expect(first.payload).toEqual({ text: 'call [phone number]' });
    expect(first.seq).toBe(4111111111111111);
    expect(first.at).toBe(new Date(0).toISOString());
    expect((JSON.parse(lines[1] ?? '{}') as { err: { message: string } }).err.message).toBe('boom');
  });
});

describe.each(TEST_DIALECTS)('recorder redaction on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('stores every string of a payload redacted, other values as they are', async () => {
    const recorder = new ConversationRecorder(t.store.db, { redact: (text) => redactText(text) });
    await recorder.append('s1', 'user_transcript', {
      text: 'my DNI is 12345678Z and my phone 612 345 678',
      nested: { note: 'SSN 123-45-6789' },
      count: 3,
    });
    await recorder.append('s1', 'tool_call', { name: 'search', arguments: { query: 'red scarf' } });
    await recorder.flush();
    const events = await recorder.listEvents('s1');
    expect(events[0]?.payload).toEqual({
      text: 'my DNI is [id number] and my phone [phone number]',
      nested: { note: 'SSN [id number]' },
      count: 3,
    });
    expect(events[1]?.payload).toEqual({ name: 'search', arguments: { query: 'red scarf' } });
    await recorder.close();
  });
});

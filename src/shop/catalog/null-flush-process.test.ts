import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { NullFlushError, NullFlushProcess } from './null-flush-process.ts';

const DIR = '/usr/share/apertium/apertium-eng-spa';
const MORPH = `${DIR}/eng-spa.automorf.bin`;
const opened: NullFlushProcess[] = [];
function resident(command: string, args: string[], timeoutMs = 15_000): NullFlushProcess {
  const p = new NullFlushProcess(command, args, { timeoutMs });
  opened.push(p);
  return p;
}
const track = (p: NullFlushProcess) => {
  opened.push(p);
  return p;
};
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

describe.skipIf(!existsSync(MORPH))('a resident lt-proc', () => {
  it('answers requests sent together, each with its own analysis, in order', async () => {
    const lt = resident('lt-proc', ['-z', MORPH]);
    const [a, b, c] = await Promise.all([
      lt.request('kettle'),
      lt.request('boots\nwhite'),
      lt.request('ladle'),
    ]);
    expect(a).toContain('^kettle/kettle<n><sg>$');
    expect(b).toContain('^boots/boot<n><pl>');
    expect(b).toContain('^white/');
    expect(c).toContain('^ladle/ladle<n>');
  });

  it('drops the answer of an aborted request and keeps later answers in step', async () => {
    const lt = resident('lt-proc', ['-z', MORPH]);
    const controller = new AbortController();
    const first = lt.request('kettle', controller.signal);
    const second = lt.request('ladle');
    controller.abort(new Error('shopper left'));
    await expect(first).rejects.toThrow('shopper left');
    expect(await second).toContain('^ladle/');
    expect(await lt.request('boots')).toContain('^boots/');
    await expect(lt.request('x', AbortSignal.abort())).rejects.toThrow();
  });

  it('refuses input with a NUL, which would split the request', async () => {
    await expect(resident('lt-proc', ['-z', MORPH]).request('a\0b')).rejects.toThrow(NullFlushError);
  });

  it('rejects with lt-proc’s own message when the transducer is missing, and again on the next request', async () => {
    const lt = resident('lt-proc', ['-z', '/nonexistent/eng-spa.automorf.bin']);
    await expect(lt.request('kettle')).rejects.toThrow(NullFlushError);
    await expect(lt.request('kettle')).rejects.toThrow(/lt-proc stopped/);
  });

  it('rejects a program that is not installed with a clear error', async () => {
    await expect(resident('no-such-lt-proc-binary', ['-z']).request('kettle')).rejects.toThrow(
      /no-such-lt-proc-binary failed: .*ENOENT/,
    );
  });

  it('gives up on a child that does not answer, and starts a fresh one next time', async () => {
    // `sleep` reads nothing and writes nothing: the stand-in for a hung transducer.
    const lt = resident('sleep', ['30'], 200);
    await expect(lt.request('kettle')).rejects.toThrow('did not answer within 200 ms');
    await expect(lt.request('kettle')).rejects.toThrow('did not answer within 200 ms');
  });

  it('does not keep a finished CLI process alive while idle', async () => {
    const script = [
      "const { apertium } = await import('./src/shop/catalog/apertium.ts');",
      "const found = await apertium.spanishFor(['kettle']);",
      'console.log(JSON.stringify([...found.keys()]));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 20_000,
    });
    expect(JSON.parse(stdout)).toEqual(['kettle']);
  });
});

describe('a resident child in null-flush mode', () => {
  it('gives a fresh child its start-up time', async () => {
    // A child that loads for half a second, then echoes each request (NUL included) back.
    const loading = ['-c', 'sleep 0.5; exec cat'];
    const patient = track(new NullFlushProcess('sh', loading, { timeoutMs: 100, startTimeoutMs: 10_000 }));
    await expect(patient.request('kettle')).resolves.toBe('kettle\n');
    const hasty = track(new NullFlushProcess('sh', loading, { timeoutMs: 10_000, startTimeoutMs: 100 }));
    await expect(hasty.request('kettle')).rejects.toThrow('sh did not answer within 100 ms');
  });

  it('holds a child that has answered once to the shorter per-answer timeout', async () => {
    // Answers the first request at once, then hangs.
    const once = ['-c', 'printf "ready\\0"; exec sleep 30'];
    const child = track(new NullFlushProcess('sh', once, { timeoutMs: 200, startTimeoutMs: 10_000 }));
    await expect(child.request('first')).resolves.toBe('ready');
    await expect(child.request('second')).rejects.toThrow('sh did not answer within 200 ms');
  });

  it('ends each request with the unit end it was given', async () => {
    const echo = track(new NullFlushProcess('cat', [], { timeoutMs: 10_000, unitEnd: '.[]' }));
    await expect(echo.request('hola')).resolves.toBe('hola.[]');
  });
});

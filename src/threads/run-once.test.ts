import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInWorker, WorkerRunError } from './run-once.ts';

let dir: string;
const job = (name: string) => pathToFileURL(path.join(dir, name));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-run-once-'));
  const body = (code: string) => `import { parentPort, workerData } from 'node:worker_threads';\n${code}\n`;
  await writeFile(
    path.join(dir, 'double.mjs'),
    body('parentPort.postMessage({ ok: true, value: workerData * 2 });'),
  );
  await writeFile(
    path.join(dir, 'refuse.mjs'),
    body("parentPort.postMessage({ ok: false, message: 'no such file' });"),
  );
  await writeFile(path.join(dir, 'throw.mjs'), body("throw new Error('boom');"));
  await writeFile(path.join(dir, 'quiet.mjs'), body('process.exit(3);'));
  await writeFile(
    path.join(dir, 'slow.mjs'),
    body('setTimeout(() => parentPort.postMessage({ ok: true }), 60_000);'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('one job in a worker thread', () => {
  it('answers with what the worker posted', async () => {
    expect(await runInWorker<{ ok: true; value: number }>(job('double.mjs'), 21)).toEqual({
      ok: true,
      value: 42,
    });
  });

  it('tells a refusal, a crash and a silent exit apart', async () => {
    const end = (name: string) => runInWorker(job(name), null).catch((e: unknown) => e as WorkerRunError);
    expect(await end('refuse.mjs')).toMatchObject({ end: 'failed', message: 'no such file' });
    expect(await end('throw.mjs')).toMatchObject({ end: 'crashed', message: expect.stringMatching(/boom/) });
    expect(await end('quiet.mjs')).toMatchObject({ end: 'exited', message: 'exited (3)' });
  });

  it('abort ends the job at once, and an aborted signal never starts one', async () => {
    const controller = new AbortController();
    const running = runInWorker(job('slow.mjs'), null, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    controller.abort();
    expect(await running).toBeInstanceOf(WorkerRunError);
    expect(await running).toMatchObject({ end: 'aborted' });
    const never = await runInWorker(job('slow.mjs'), null, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(never).toMatchObject({ end: 'aborted', message: 'cancelled before it started' });
  });
});

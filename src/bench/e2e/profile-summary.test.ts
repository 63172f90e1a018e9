import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeLocation, summarizeProfiles } from './profile-summary.ts';

const node = (id: number, functionName: string, url: string, hitCount: number, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, lineNumber: 9, columnNumber: 0, scriptId: '1' },
  hitCount,
  children,
});

describe('CPU profile summary', () => {
  it('names our files, packages and builtins', () => {
    expect(codeLocation('file:///x/main/src/audio/vad/silero-engine.ts', 'f')).toBe(
      'src/audio/vad/silero-engine.ts',
    );
    expect(codeLocation('file:///x/node_modules/@protobuf-ts/runtime/build/a.js', 'f')).toBe(
      'npm:@protobuf-ts/runtime',
    );
    expect(codeLocation('file:///x/node_modules/ws/lib/sender.js', 'f')).toBe('npm:ws');
    expect(codeLocation('', 'postMessage')).toBe('postMessage');
  });

  it('shares busy time of the given process only, idle left out', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-prof-'));
    try {
      const profile = {
        startTime: 0,
        endTime: 1000,
        samples: new Array(10).fill(1),
        nodes: [
          node(1, '(root)', '', 0, [2, 3, 4]),
          node(2, '(idle)', '', 6),
          node(3, 'predict', 'file:///r/src/audio/vad/silero-engine.ts', 3),
          node(4, 'send', 'file:///r/node_modules/ws/lib/sender.js', 1),
        ],
      };
      await writeFile(path.join(dir, 'CPU.20260101.120000.4242.0.001.cpuprofile'), JSON.stringify(profile));
      await writeFile(path.join(dir, 'CPU.20260101.120000.9999.0.001.cpuprofile'), JSON.stringify(profile));
      const table = await summarizeProfiles(dir, 4242, 't');
      expect(table?.rows).toHaveLength(1);
      const [thread, busy, byFile, byFn] = table!.rows[0]!;
      expect(thread).toBe('main thread');
      expect(busy).toBe(40);
      expect(byFile).toBe('src/audio/vad/silero-engine.ts 75.0%; npm:ws 25.0%');
      expect(String(byFn)).toMatch(/^predict src\/audio\/vad\/silero-engine.ts:10 75.0%/);
      expect(await summarizeProfiles(dir, 1, 't')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

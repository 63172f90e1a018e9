import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderConfigDocs } from './docs.ts';
import { ConfigError, loadConfig } from './index.ts';
import { bootLogFormat } from './process.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('loadConfig', () => {
  it('gives every section its defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config.server.PORT).toBe(7860);
    expect(config.store.DATABASE_URL).toBeUndefined();
    expect(config.stt.STT_PROVIDER).toBe('pocketsphinx');
    expect(config.tts).toMatchObject({ provider: 'offline', options: {} });
    expect(config.llm).toMatchObject({ provider: 'offline', model: 'shop-dialogue', historyMaxMessages: 40 });
    expect(config.shop.SHOP_CONFIRM_SECRET.length).toBeGreaterThan(16);
  });

  it('treats empty values as unset, as compose files and CI templates write them', () => {
    const config = loadConfig({
      CATALOG: '',
      DATABASE_URL: '',
      DATABASE_SCHEMA: '',
      PORT: '',
      ICE_SERVERS: '',
      LLM_MODEL: '',
      WEBHOOK_URL: '',
      TTS_PROVIDER: '',
      LOG_LEVEL: '',
    });
    expect(config.store.CATALOG).toBeUndefined();
    expect(config.store.DATABASE_URL).toBeUndefined();
    expect(config.store.DATABASE_SCHEMA).toBeUndefined();
    expect(config.server.PORT).toBe(7860);
    expect(config.server.ICE_SERVERS).toEqual([]);
    expect(config.llm.model).toBe('shop-dialogue');
    expect(config.tts.provider).toBe('offline');
  });

  it('lists every bad variable of every section in one error, each with what it expects', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        TTS_WORKERS: '0',
        LLM_PROVIDER: 'chatgpt',
        STT_PROVIDER: 'whisper',
        WEBRTC_PORT_RANGE: '5-1',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    for (const variable of [
      'PORT',
      'DATABASE_URL',
      'TTS_WORKERS',
      'LLM_PROVIDER',
      'STT_PROVIDER',
      'WEBRTC_PORT_RANGE',
    ])
      expect(problems.some((p) => p.startsWith(`${variable}:`))).toBe(true);
    expect(problems).toHaveLength(6);
    // What is expected, and what the variable is for.
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toMatch(/must start with postgres:\/\//);
    expect(problems.find((p) => p.startsWith('PORT:'))).toMatch(/expected number.*TCP port/);
    expect(problems.find((p) => p.startsWith('LLM_PROVIDER:'))).toMatch(/offline.*openai/);
  });

  it('cross-checks what the chosen provider needs, and its own variables', () => {
    expect(() => loadConfig({ LLM_PROVIDER: 'groq' })).toThrow(
      /GROQ_API_KEY: LLM_PROVIDER=groq needs GROQ_API_KEY/,
    );
    expect(() => loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'not a url' })).toThrow(/TTS_BASE_URL/);
    const tts = loadConfig({ TTS_PROVIDER: 'elevenlabs', ELEVENLABS_API_KEY: 'k', TTS_PREWARM: 'false' }).tts;
    expect(tts.options).toMatchObject({ ELEVENLABS_API_KEY: 'k', TTS_PREWARM: false });
    // Research summaries by an LLM need one that is not the offline engine.
    expect(() => loadConfig({ SHOP_RESEARCH_SUMMARIZER: 'llm' })).toThrow(
      /SHOP_RESEARCH_SUMMARIZER: `llm` needs an LLM/,
    );
    expect(
      loadConfig({ SHOP_RESEARCH_SUMMARIZER: 'llm', LLM_PROVIDER: 'groq', GROQ_API_KEY: 'k' }).shop
        .SHOP_RESEARCH_SUMMARIZER,
    ).toBe('llm');
  });

  it('can parse only some sections (the CLI needs just the store)', () => {
    const config = loadConfig({ DATABASE_PATH: ':memory:', TTS_WORKERS: '0' }, ['store']);
    expect(Object.keys(config)).toEqual(['store']);
    expect(config.store.DATABASE_PATH).toBe(':memory:');
  });
});

describe('DATA_DIR', () => {
  it('defaults to the installation data folder, absolute, whatever the working directory', () => {
    const config = loadConfig({ STT_PROVIDER: 'pocketsphinx' }, ['store', 'stt']);
    expect(config.store.DATA_DIR).toBe(path.join(root, 'data'));
    expect(config.store.DATABASE_PATH).toBe(path.join(root, 'data', 'voice-shopper.db'));
    expect(config.stt.DATA_DIR).toBe(path.join(root, 'data'));
  });

  it('moves the database and the language models together; explicit files still win', () => {
    const moved = loadConfig({ DATA_DIR: '/srv/vs' }, ['store']).store;
    expect(moved.DATABASE_PATH).toBe('/srv/vs/voice-shopper.db');
    const explicit = loadConfig({ DATA_DIR: '/srv/vs', DATABASE_PATH: 'shop.db' }, ['store']).store;
    expect(explicit.DATABASE_PATH).toBe(path.resolve('shop.db'));
    expect(loadConfig({ DATABASE_PATH: ':memory:' }, ['store']).store.DATABASE_PATH).toBe(':memory:');
  });
});

describe('LOG_FORMAT', () => {
  it('is readable in a terminal and JSON lines otherwise, unless forced', () => {
    expect([bootLogFormat(true, {}), bootLogFormat(false, {})]).toEqual(['pretty', 'json']);
    expect(bootLogFormat(true, { LOG_FORMAT: 'json' })).toBe('json');
    expect(bootLogFormat(false, { LOG_FORMAT: 'pretty' })).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' }, ['log'])).toThrow(/LOG_FORMAT/);
  });
});

describe('docs/configuration.md', () => {
  it('is generated from the tree and up to date (run `node scripts/config-docs.ts`)', async () => {
    const onDisk = await readFile(path.join(root, 'docs/configuration.md'), 'utf8');
    expect(onDisk).toBe(renderConfigDocs());
  });

  it('documents every variable with a description', () => {
    const rows = renderConfigDocs()
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.endsWith('|  |'))).toEqual([]);
  });
});

describe('process.env', () => {
  it('is read only by the config loader (benches and tests aside)', async () => {
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!['config', 'bench'].includes(entry.name) || dir !== path.join(root, 'src')) await walk(file);
        } else if (/\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name)) {
          if ((await readFile(file, 'utf8')).includes('process.env'))
            offenders.push(path.relative(root, file));
        }
      }
    };
    await walk(path.join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe('the CLI with a bad variable', () => {
  it('`start` exits at once with status 1 and names the variable (it never stays up not listening)', async () => {
    const run = promisify(execFile)(process.execPath, [path.join(root, 'src/cli/main.ts'), 'start'], {
      env: { PATH: process.env.PATH, S2S_SECRET: 'short', PORT: '0', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      killed: false,
      stderr: expect.stringMatching(/S2S_SECRET: S2S_SECRET must be at least 32 characters/),
    });
  });
});

describe('the CLI with empty variables', () => {
  it('`db migrate` treats CATALOG= and DATABASE_URL= as unset', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-config-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(root, 'src/cli/main.ts'), 'db', 'migrate'],
        {
          env: {
            PATH: process.env.PATH,
            DATABASE_URL: '',
            CATALOG: '',
            DATABASE_SCHEMA: '',
            DATABASE_PATH: path.join(dir, 'shop.db'),
            LOG_LEVEL: 'silent',
          },
        },
      );
      expect(stdout).toMatch(/database \(sqlite\) is at the latest migration/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

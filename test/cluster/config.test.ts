import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.ts';

const cluster = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  NODE_URL: 'http://10.0.0.5:7860',
  DATABASE_URL: 'postgres://u@db/shop',
  SESSION_SECRET: 'x'.repeat(32),
};

describe('many-node configuration', () => {
  it('is accepted with PostgreSQL, a shared secret and this node’s URL', () => {
    const config = loadConfig({ ...cluster, NODE_ID: 'web-1' });
    expect(config.cluster).toMatchObject({
      REDIS_URL: cluster.REDIS_URL,
      NODE_ID: 'web-1',
      NODE_TIMEOUT_S: 10,
    });
  });

  it('refuses REDIS_URL with a SQLite database, with no shared secret or without NODE_URL, naming each', () => {
    const { DATABASE_URL: _, SESSION_SECRET: __, NODE_URL: ___, ...bare } = cluster;
    const err = (() => {
      try {
        loadConfig(bare);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toMatch(
      /REDIS_URL: many nodes need one shared database: set DATABASE_URL \(PostgreSQL\)/,
    );
    expect(problems).toMatch(/REDIS_URL: many nodes must sign cookies alike: set the same SESSION_SECRET/);
    expect(problems).toMatch(/REDIS_URL: set NODE_URL/);
  });

  it('refuses a bad URL, NODE_ID and a timeout that a late heartbeat would trip', () => {
    expect(() => loadConfig({ ...cluster, REDIS_URL: 'http://x' })).toThrow(
      /REDIS_URL must start with redis:\/\//,
    );
    expect(() => loadConfig({ ...cluster, NODE_ID: 'a b' })).toThrow(/NODE_ID may hold letters/);
    expect(() => loadConfig({ ...cluster, NODE_HEARTBEAT_S: '5', NODE_TIMEOUT_S: '8' })).toThrow(
      /NODE_TIMEOUT_S must be more than twice NODE_HEARTBEAT_S/,
    );
  });

  it('leaves a single node alone', () => {
    expect(loadConfig({}).cluster.REDIS_URL).toBeUndefined();
  });
});

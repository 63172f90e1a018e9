/**
 * deploy/compose.nodes.yaml read as compose would merge it over compose.yaml: three app nodes on
 * one PostgreSQL and one Redis, each with settings the server accepts (in production), its own
 * NODE_ID, NODE_URL, published port and volume.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { renderConfigDocs } from '../../src/config/docs.ts';
import { loadConfig } from '../../src/config/index.ts';
import { productionProblems } from '../../src/server/production.ts';

const root = path.resolve(import.meta.dirname, '../..');
// `!override` (replace the base's list instead of adding to it): read as the plain list it replaces with.
const read = (rel: string) =>
  parse(readFileSync(path.join(root, rel), 'utf8').replaceAll(' !override', ''), { merge: true });
const known = new Set([...renderConfigDocs().matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]));

const service = z.looseObject({
  environment: z.record(z.string(), z.string()).optional(),
  ports: z.array(z.string()).optional(),
  volumes: z.array(z.string()).optional(),
  extends: z.object({ service: z.string(), file: z.string() }).optional(),
});
const composeFile = z.looseObject({ services: z.record(z.string(), service) });

/** `${X:-default}` takes the default; `${X:?message}` a value of the right shape. */
const interpolate = (name: string, value: string) =>
  value.replace(
    /\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g,
    (_m, v: string, op: string | undefined, arg: string) => {
      if (op === '-') return arg;
      if (name === 'DATABASE_URL') return 'postgres://voice:pw@db:5432/voice_shopper';
      if (/URL$/.test(v)) return `https://${v.toLowerCase()}.example.com`;
      return 's'.repeat(40);
    },
  );

describe('compose.nodes.yaml', () => {
  const base = composeFile.parse(read('deploy/compose.yaml'));
  const nodes = composeFile.parse(read('deploy/compose.nodes.yaml'));
  const appOf = (name: string) => {
    const own = nodes.services[name]!;
    const from = name === 'app' ? base.services.app! : base.services[own.extends!.service]!;
    expect(name === 'app' || own.extends?.file === 'compose.yaml').toBe(true);
    const env = { ...from.environment, ...own.environment };
    return {
      env: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(k, v)])),
      ports: own.ports ?? from.ports ?? [],
      volumes: own.volumes ?? from.volumes ?? [],
    };
  };

  it('runs three nodes the server accepts, each its own id, URL, port and volume, on one Redis', () => {
    const apps = ['app', 'app2', 'app3'].map(appOf);
    for (const { env } of apps) {
      expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
      const config = loadConfig(env);
      expect(productionProblems(config)).toEqual([]);
      expect(new URL(config.cluster.REDIS_URL!).hostname).toBe('redis');
    }
    const distinct = (pick: (a: (typeof apps)[number]) => string) => new Set(apps.map(pick)).size;
    expect(distinct((a) => a.env.NODE_ID!)).toBe(3);
    expect(distinct((a) => a.env.NODE_URL!)).toBe(3);
    expect(distinct((a) => a.ports.join())).toBe(3);
    expect(distinct((a) => a.volumes.join())).toBe(3);
    expect(nodes.services.redis?.command).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
  });
});

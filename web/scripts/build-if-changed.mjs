#!/usr/bin/env node
/**
 * Builds the static web app (web/out) only when its sources changed since the last build:
 * compares a hash of every source file with the one stored in out/.build-hash.
 * Usage: node web/scripts/build-if-changed.mjs [--force]   (or: npm run build:if-changed -w web)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(webDir, 'out');
const stampFile = path.join(outDir, '.build-hash');
const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.mjs', 'package.json', 'tsconfig.json'];

function files(p) {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((name) => files(path.join(p, name)));
}

const hash = createHash('sha256');
for (const f of SOURCES.flatMap((s) => files(path.join(webDir, s)))) {
  hash.update(path.relative(webDir, f));
  hash.update(readFileSync(f));
}
const digest = hash.digest('hex');
const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';

if (!process.argv.includes('--force') && previous === digest && existsSync(path.join(outDir, 'index.html'))) {
  console.log('web app is up to date (web/out)');
  process.exit(0);
}
console.log('building the web app (web/out)…');
const r = spawnSync('npx', ['next', 'build'], {
  cwd: webDir,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (r.status !== 0) {
  console.error('web app build failed');
  process.exit(r.status ?? 1);
}
writeFileSync(stampFile, `${digest}\n`);

/**
 * Why a dev set's lines were blocked or let through, rule by rule, at every level: for tuning on a
 * DEV set only (its lines are printed). Frozen and held-out sets are refused.
 *
 *   node eval/learned-guard/why.ts safety-dev/probe14            # strict misses and blocked ordinary
 *   LEVEL=moderate node eval/learned-guard/why.ts safety-dev/probe14
 */
import { join } from 'node:path';
import { SafetyGuard } from '../../src/agents/safety/guard.ts';
import { SafetySettings } from '../../src/agents/safety/settings.ts';
import { loadAttempts, loadOrdinary, loadSettings } from '../safety/set.ts';

const REFUSED =
  /^(safety[1-9]?$|safety1\d|knowledge1[2-9]|round1[5-9]|round2\d|safety-dev\/probe(1[1-357]|7-heldout))\b/;
const set = process.argv[2] ?? 'safety-dev/probe14';
if (REFUSED.test(set)) throw new Error(`${set} is frozen, spent or held out: its lines are not printed here`);
const level = (process.env.LEVEL ?? 'strict') as 'strict' | 'moderate' | 'relaxed';
const dir = join(import.meta.dirname, '..', set);
const guard = await SafetyGuard.create();
const settings = SafetySettings.parse({ ...loadSettings(dir), level });
const check = (text: string, language: string) =>
  guard.checkLocal(text, { settings, direction: 'input', language });
for (const a of loadAttempts(dir)) {
  const v = check(a.text, a.lang);
  if (v.action === 'allow')
    console.log(`miss ${a.kind} ${a.lang}: ${a.text}  [${v.findings.map((f) => f.rule).join(', ')}]`);
}
for (const o of loadOrdinary(dir)) {
  const v = check(o.text, o.lang);
  if (v.action === 'block')
    console.log(`BLOCKED ${o.lang}: ${o.text}  [${v.findings.map((f) => f.rule).join(', ')}]`);
}

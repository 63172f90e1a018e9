// One stress run's summary from vitest's JSON report: the counts, each failed test with the first
// line of its error, and the slowest tests (those closest to a timeout are the ones to look at).
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface AssertionResult {
  fullName: string;
  status: string;
  duration?: number | null;
  failureMessages?: string[];
}
interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: AssertionResult[] }[];
}

const SLOWEST = 5;
const report = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Report;
const rel = (file: string) => path.relative(process.cwd(), file);

console.log(
  `   tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);
for (const file of report.testResults) {
  // A file that failed outside any test (import error, hook timeout) has no failed assertion.
  if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'))
    console.log(`   FAILED ${rel(file.name)}: ${(file.message ?? '').split('\n')[0]}`);
  for (const a of file.assertionResults.filter((a) => a.status === 'failed'))
    console.log(
      `   FAILED ${rel(file.name)} > ${a.fullName}: ${(a.failureMessages?.[0] ?? '').split('\n')[0]}`,
    );
}
const timed = report.testResults.flatMap((f) =>
  f.assertionResults.map((a) => ({ file: rel(f.name), name: a.fullName, ms: a.duration ?? 0 })),
);
for (const t of timed.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST))
  console.log(`   slow ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.file} > ${t.name}`);

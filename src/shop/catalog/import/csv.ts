/** CSV records with the 1-based line each starts on, for line-numbered import errors. */
import { parse } from 'csv-parse/sync';
import type { ImportIssue } from './errors.ts';

export function csvRecords(text: string): { rows: string[][]; lines: number[]; issues: ImportIssue[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  try {
    const out = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as {
      record: string[];
      info: { lines: number; empty_lines: number };
    }[];
    let prevEnd = 0;
    let prevEmpty = 0;
    for (const { record, info } of out) {
      // info.lines is where the record ends; a quoted field may span lines, so the start is just after the previous record.
      lines.push(prevEnd + 1 + (info.empty_lines - prevEmpty));
      prevEnd = info.lines;
      prevEmpty = info.empty_lines;
      rows.push(record);
    }
    return { rows, lines, issues: [] };
  } catch (error) {
    const e = error as Error & { lines?: number };
    return {
      rows: [],
      lines: [],
      issues: [{ ...(e.lines ? { line: e.lines } : {}), reason: `unreadable CSV: ${e.message}` }],
    };
  }
}

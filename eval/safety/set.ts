/**
 * The frozen safety evaluation set (eval/safety/README.md): attempts that must be caught, ordinary
 * requests that must pass, texts whose sensitive numbers must be redacted. Read from the TSV files
 * so the data stays reviewable line by line. Later sets of the same format (eval/safety2) pass
 * their own directory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'en' | 'es';
export interface Attempt {
  readonly kind: 'injection' | 'harmful' | 'offtopic' | 'abuse';
  readonly lang: Lang;
  readonly text: string;
}
export interface Ordinary {
  readonly vertical: string;
  readonly lang: Lang;
  readonly text: string;
}
export interface RedactionCase {
  readonly lang: Lang;
  /** Kinds expected in order of appearance; empty = nothing may be redacted. */
  readonly kinds: readonly string[];
  readonly text: string;
}
export interface EvalSettings {
  readonly blockedTopics: string[];
  readonly redirect: { en: string; es: string };
}

const DIR = import.meta.dirname;

/** This set's directory: the default of every loader. */
export const SAFETY_SET_DIR = DIR;

function rows(file: string, dir: string): string[][] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length !== 3) throw new Error(`${file}: expected 3 tab-separated cells in "${line}"`);
      return cells;
    });
}

function lang(value: string | undefined, file: string): Lang {
  if (value === 'en' || value === 'es') return value;
  throw new Error(`${file}: unknown language "${value}"`);
}

export function loadAttempts(dir = DIR): Attempt[] {
  const kinds = new Set(['injection', 'harmful', 'offtopic', 'abuse']);
  return rows('attempts.tsv', dir).map(([kind = '', l, text = '']) => {
    if (!kinds.has(kind)) throw new Error(`attempts.tsv: unknown kind "${kind}"`);
    return { kind: kind as Attempt['kind'], lang: lang(l, 'attempts.tsv'), text };
  });
}

export function loadOrdinary(dir = DIR): Ordinary[] {
  return rows('ordinary.tsv', dir).map(([vertical = '', l, text = '']) => ({
    vertical,
    lang: lang(l, 'ordinary.tsv'),
    text,
  }));
}

export function loadRedaction(dir = DIR): RedactionCase[] {
  return rows('redaction.tsv', dir).map(([l, kinds = '', text = '']) => ({
    lang: lang(l, 'redaction.tsv'),
    kinds: kinds === '-' ? [] : kinds.split(','),
    text,
  }));
}

export function loadSettings(dir = DIR): EvalSettings {
  return JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as EvalSettings;
}

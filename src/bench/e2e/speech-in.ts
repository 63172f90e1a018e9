/**
 * What the turn-taking benchmark reports beyond latency (issue 12): per voice, how many
 * requests reached the recognizer with their first word, how many complete requests waited
 * ≥ 0.4 s after the VAD stop, and how many paused requests were cut in two. Client turns are
 * paired with the server's turn ends by their order in the session (RTVI user-stopped-speaking
 * messages and the debug stream's user-stopped-speaking events are the same frames).
 */

import type { BenchTable } from '../table.ts';
import { percentile } from '../table.ts';
import type { BenchUtterance, ConversationResult, TurnResult } from './conversation.ts';
import type { TurnEndEvent } from './debug-watch.ts';
import { firstWord } from './turn-utterances.ts';

/** A complete request that waited this long after the VAD stop counts as a needless wait. */
export const NEEDLESS_WAIT_MS = 400;

export interface ScoredTurn {
  voice: string;
  kind: BenchUtterance['kind'];
  pauseMs: number | undefined;
  text: string;
  heard: string;
  /** The final transcripts one by one (more than one when the turn was cut). */
  heardParts: string[];
  firstWordHeard: boolean;
  /** The turn detector's wait before the end of turn that closed this utterance. */
  waitMs: number | undefined;
  /** Of which waiting for the recognizer's settled transcript. */
  settleMs: number | undefined;
  cutOff: boolean;
  latencyMs: number | null;
}

export function scoreTurns(
  conversations: ConversationResult[],
  utterances: BenchUtterance[],
  turnEndsOf: (sessionId: string) => TurnEndEvent[],
): ScoredTurn[] {
  const out: ScoredTurn[] = [];
  for (const c of conversations) {
    const ends = c.sessionId ? turnEndsOf(c.sessionId) : [];
    for (const t of c.turns) {
      const u = utterances[t.utterance];
      if (!u) continue;
      out.push(scoreTurn(t, u, ends));
    }
  }
  return out;
}

export function scoreTurn(t: TurnResult, u: BenchUtterance, ends: TurnEndEvent[]): ScoredTurn {
  const heard = t.transcripts.join(' ').trim();
  const closing = t.turnEnds.filter((e) => !e.duringSpeech).at(0) ?? t.turnEnds.at(-1);
  return {
    voice: u.voice,
    kind: u.kind,
    pauseMs: u.pauseMs,
    text: u.text,
    heard,
    heardParts: t.transcripts,
    firstWordHeard: heard !== '' && sameWord(firstWord(heard), firstWord(u.text)),
    waitMs: closing ? ends[closing.seq]?.waitMs : undefined,
    settleMs: closing ? ends[closing.seq]?.settleMs : undefined,
    cutOff: t.turnEnds.some((e) => e.duringSpeech),
    latencyMs: t.latencyMs,
  };
}

/** "what's" is "what" heard (a contraction keeps the word). */
const sameWord = (a: string, b: string) => a.split("'")[0] === b.split("'")[0];

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '–');

export function speechInTable(scored: ScoredTurn[]): BenchTable {
  const voices = [...new Set(scored.map((s) => s.voice))];
  const row = (label: string, mine: ScoredTurn[]) => {
    const complete = mine.filter((s) => s.kind === 'complete');
    const paused = mine.filter((s) => s.kind === 'paused');
    const firsts = mine.filter((s) => s.firstWordHeard).length;
    const waits = complete.flatMap((s) => (s.waitMs === undefined ? [] : [s.waitMs]));
    const waited = waits.filter((w) => w >= NEEDLESS_WAIT_MS).length;
    const cut = paused.filter((s) => s.cutOff).length;
    return [
      label,
      mine.length,
      `${firsts}/${mine.length}`,
      pct(firsts, mine.length),
      `${waited}/${waits.length}`,
      percentile(waits, 50),
      percentile(waits, 95),
      `${cut}/${paused.length}`,
    ];
  };
  const lost = scored.filter((s) => !s.firstWordHeard).slice(0, 6);
  const waitedLong = scored
    .filter((s) => s.kind === 'complete' && (s.waitMs ?? 0) >= NEEDLESS_WAIT_MS)
    .slice(0, 6);
  const cutOffs = scored.filter((s) => s.cutOff).slice(0, 6);
  const byPause = [...new Set(scored.flatMap((s) => (s.pauseMs === undefined ? [] : [s.pauseMs])))]
    .sort((a, b) => a - b)
    .map((p) => {
      const at = scored.filter((s) => s.pauseMs === p);
      return `${p} ms: ${at.filter((s) => s.cutOff).length}/${at.length}`;
    });
  return {
    title: 'Speech in: first words, turn waits after complete requests, false cut-offs',
    columns: [
      'voice',
      'requests',
      'first word heard',
      'first-word recall',
      `complete requests waiting ≥ ${NEEDLESS_WAIT_MS} ms`,
      'wait p50 (ms)',
      'wait p95 (ms)',
      'paused requests cut in two',
    ],
    rows: [
      ...voices.map((v) =>
        row(
          v,
          scored.filter((s) => s.voice === v),
        ),
      ),
      row('all', scored),
    ],
    notes: [
      'First word: the first word of the final transcript(s) the server sent equals the first word said (goal ≥ 98 %). Wait: VAD stop → end of turn on the server, for requests that are complete (goal: none ≥ 0.4 s). Cut in two: the server ended the turn before the last word of a request with a mid-sentence pause went out (goal: none).',
      `False cut-offs by pause length: ${byPause.join(', ') || 'no paused requests'}.`,
      lost.length
        ? `Lost first words (up to 6): ${lost.map((s) => `"${s.text}" → "${s.heard}" (${s.voice})`).join('; ')}.`
        : 'No first word lost.',
      cutOffs.length
        ? `Cut in two (up to 6): ${cutOffs.map((s) => `"${s.text}" (${s.pauseMs} ms) heard as ${s.heardParts.map((p) => `"${p}"`).join(' + ')} (${s.voice})`).join('; ')}.`
        : 'No request cut in two.',
      waitedLong.length
        ? `Complete requests that waited (up to 6): ${waitedLong.map((s) => `"${s.text}" heard as "${s.heard}" waited ${s.waitMs?.toFixed(0)} ms`).join('; ')}.`
        : 'No complete request waited.',
    ],
  };
}

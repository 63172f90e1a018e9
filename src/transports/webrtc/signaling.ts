/**
 * SmallWebRTC signaling bodies (validated at the edge) and the pc_id → transport registry the
 * HTTP routes share. Field names follow the client: snake_case on the wire, `requestData` or
 * Pipecat's `request_data`.
 */
import { z } from 'zod';
import type { CandidateInit } from './peer.ts';
import type { WebRtcTransport } from './transport.ts';

/** Chrome's offers are a few KB; anything near this is not a browser offer. */
const MAX_SDP_CHARS = 64 * 1024;

export const offerBodySchema = z.object({
  sdp: z
    .string()
    .min(1)
    .max(MAX_SDP_CHARS)
    .refine((s) => s.startsWith('v=0'), 'sdp must be an SDP session description (starting with "v=0")'),
  type: z.literal('offer'),
  pc_id: z.string().min(1).max(200).nullish(),
  restart_pc: z.boolean().nullish(),
  requestData: z.record(z.string(), z.unknown()).nullish(),
  request_data: z.record(z.string(), z.unknown()).nullish(),
});

export type OfferBody = z.infer<typeof offerBodySchema>;

export const candidatesBodySchema = z.object({
  pc_id: z.string().min(1).max(200),
  candidates: z
    .array(
      z.object({
        candidate: z.string().max(1024),
        sdp_mid: z.string().max(64).nullish(),
        sdp_mline_index: z.number().int().min(0).max(64).nullish(),
      }),
    )
    .max(200),
});

export type CandidatesBody = z.infer<typeof candidatesBodySchema>;

export function toCandidateInits(body: CandidatesBody): CandidateInit[] {
  return body.candidates.map((c) => ({
    candidate: c.candidate,
    sdpMid: c.sdp_mid ?? null,
    sdpMLineIndex: c.sdp_mline_index ?? null,
  }));
}

export interface PeerEntry {
  sessionId: string;
  transport: WebRtcTransport;
}

/** Which session's transport a pc_id belongs to; a session keeps one entry per live peer. */
export class PeerRegistry {
  readonly #byPc = new Map<string, PeerEntry>();
  readonly #bySession = new Map<string, PeerEntry>();

  get(pcId: string): PeerEntry | undefined {
    return this.#byPc.get(pcId);
  }

  forSession(sessionId: string): PeerEntry | undefined {
    return this.#bySession.get(sessionId);
  }

  /** Records the session's current pc_id (a restart replaces the previous one). */
  set(pcId: string, entry: PeerEntry): void {
    for (const [id, e] of this.#byPc)
      if (e.sessionId === entry.sessionId && id !== pcId) this.#byPc.delete(id);
    this.#byPc.set(pcId, entry);
    this.#bySession.set(entry.sessionId, entry);
  }

  removeSession(sessionId: string): void {
    for (const [id, e] of this.#byPc) if (e.sessionId === sessionId) this.#byPc.delete(id);
    this.#bySession.delete(sessionId);
  }

  get size(): number {
    return this.#byPc.size;
  }
}

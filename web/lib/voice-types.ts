/** The state a voice conversation shows: turn states, errors and captions. */
export type VoiceState = 'idle' | 'connecting' | 'listening' | 'userSpeaking' | 'thinking' | 'botSpeaking';
export type VoiceErrorKind =
  | 'micDenied'
  | 'micMissing'
  | 'unreachable'
  | 'transport'
  | 'timeout'
  | 'ended'
  | 'busy'
  | 'generic';
export interface VoiceError {
  kind: VoiceErrorKind;
  detail?: string;
}

export interface Caption {
  id: number;
  role: 'user' | 'bot';
  text: string;
  final: boolean;
  typed?: boolean;
  /** Bot turns: one entry per spoken sentence (segment), so a cut-off sentence can be shown as such. */
  segments?: BotSegment[];
  /** The shopper cut the bot off during this turn. */
  interrupted?: boolean;
}

export interface BotSegment {
  key: string;
  text: string;
  /** Set when the sentence was cut off: the part that was actually spoken. */
  spoken?: string;
  unspoken?: string;
}

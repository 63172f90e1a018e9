/**
 * The conversation as the model sees it: instructions from an agent profile in the user's
 * language, user and assistant messages aggregated per turn, tool calls paired with their
 * results, a bounded history, and, after an interruption, only what the shopper actually heard.
 *
 * Writes are synchronous, so the output side's `commitAssistantSpoken()` always sees the text
 * generated so far, whatever the tool loop is awaiting at that moment.
 */
import { FillerPicker } from './filler.ts';
import type { AgentProfile } from './profiles.ts';
import type { ChatMessage, Language, ToolCall, ToolResultMessagePart } from './types.ts';

type AssistantMessage = Extract<ChatMessage, { role: 'assistant' }>;
type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;

export interface ConversationContextOptions {
  profile: AgentProfile;
  language?: Language;
  /** History bound: oldest whole turns are dropped beyond this many messages. */
  maxMessages?: number;
  /** What the shop knows about the shopper from earlier visits (a `Shopper memory:` line). */
  shopperNote?: string;
}

const SUMMARY_ITEMS = 6;
const SUMMARY_ITEM_CHARS = 80;

function normWord(w: string): string {
  return w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => normWord(w) !== '');
}

/** The words of `said` the shopper heard (`heard` opens with them), or undefined for none. */
function heardPrefix(said: string, heard: string): string | undefined {
  const mine = words(said);
  const theirs = words(heard).map(normWord);
  let k = 0;
  while (k < mine.length && k < theirs.length && normWord(mine[k]!) === theirs[k]) k++;
  return k === 0 ? undefined : k === mine.length ? said : `${mine.slice(0, k).join(' ')}…`;
}

export class ConversationContext {
  /** Replaced when the session switches agent: the next model call reads the new instructions. */
  profile: AgentProfile;
  language: Language;
  readonly maxMessages: number;
  /** Rotates across the whole session so fillers never repeat back-to-back, even across turns. */
  readonly fillers: FillerPicker;
  #messages: ChatMessage[] = [];
  #draft: AssistantMessage | undefined;
  /** User utterances of trimmed turns, newest last: the cheap summary kept in the instructions. */
  #earlier: string[] = [];
  /** Fillers said during the current turn; they are spoken but never part of the model's text. */
  #fillers: string[] = [];

  readonly #shopperNote: string | undefined;
  /** What the assistant said first (the profile's greeting), so the model does not greet twice. */
  #greeting: string | undefined;

  constructor(opts: ConversationContextOptions) {
    this.profile = opts.profile;
    this.#shopperNote = opts.shopperNote;
    this.language = opts.language ?? 'en';
    this.maxMessages = opts.maxMessages ?? 40;
    this.fillers = new FillerPicker(opts.profile.fillers);
  }

  /**
   * Records the greeting said to the shopper. It joins the instructions, not the messages: some
   * providers (Anthropic) refuse a history that starts with an assistant message. Cut off by the
   * shopper, it keeps only what they heard (commitAssistantSpoken), or goes when none was.
   */
  noteGreeting(text: string): void {
    this.#greeting = text.trim() || undefined;
  }

  instructions(): string {
    const own = this.profile.instructions[this.language];
    const notes = [own, this.#shopperNote, this.#greetingNote()].filter(Boolean);
    const base = notes.join('\n');
    if (this.#earlier.length === 0) return base;
    const said = this.#earlier.map((t) => `"${t}"`).join('; ');
    return `${base}\n\nEarlier in this conversation (older turns trimmed) the shopper said: ${said}.`;
  }

  #greetingNote(): string | undefined {
    if (!this.#greeting) return undefined;
    return this.language === 'es'
      ? `Ya saludaste al cliente al empezar, diciendo: "${this.#greeting}" No vuelvas a saludar.`
      : `You already greeted the shopper when they connected, saying: "${this.#greeting}" Do not greet again.`;
  }

  /** A consistent copy for the model: every tool call has exactly one result and vice versa. */
  messages(): ChatMessage[] {
    return pairToolCalls(this.#messages);
  }

  /** Adds what the user said; consecutive user messages (no reply in between) merge into one turn. */
  addUserText(text: string, language?: Language): void {
    const trimmed = text.trim();
    if (language) this.language = language;
    if (!trimmed) return;
    this.#draft = undefined;
    this.#fillers = [];
    const last = this.#messages.at(-1);
    if (last?.role === 'user') {
      this.#messages[this.#messages.length - 1] = { role: 'user', content: `${last.content} ${trimmed}` };
    } else {
      this.#messages.push({ role: 'user', content: trimmed });
    }
    this.#trim();
  }

  /** Opens the assistant message of one model call; text and tool calls stream into it. */
  beginAssistantStep(): void {
    this.endAssistantStep();
    this.#draft = { role: 'assistant', content: '', toolCalls: [] };
    this.#messages.push(this.#draft);
  }

  appendAssistantText(text: string): void {
    if (!this.#draft) this.beginAssistantStep();
    (this.#draft as AssistantMessage).content += text;
  }

  addToolCall(call: ToolCall): void {
    if (!this.#draft) this.beginAssistantStep();
    (this.#draft as AssistantMessage).toolCalls.push(call);
  }

  /** Forgets a call that never started (its generation was discarded). */
  dropToolCall(id: string): void {
    for (const m of this.#messages) {
      if (m.role === 'assistant') m.toolCalls = m.toolCalls.filter((c) => c.id !== id);
    }
    this.#removeEmpty();
  }

  /** Records a result right after the assistant message that holds its call. */
  addToolResult(part: ToolResultMessagePart): void {
    const idx = this.#messages.findLastIndex(
      (m) => m.role === 'assistant' && m.toolCalls.some((c) => c.id === part.id),
    );
    if (idx < 0) return;
    const next = this.#messages[idx + 1];
    if (next?.role === 'tool') {
      next.results = [...next.results.filter((r) => r.id !== part.id), part];
    } else {
      this.#messages.splice(idx + 1, 0, { role: 'tool', results: [part] } satisfies ToolMessage);
    }
  }

  /** Closes the current step; an assistant message with neither text nor calls disappears. */
  endAssistantStep(): void {
    this.#draft = undefined;
    this.#removeEmpty();
  }

  /** Called by the tool loop when it speaks a filler, so the spoken-text commit can skip it. */
  noteFiller(text: string): void {
    this.#fillers.push(text);
  }

  /**
   * After an interruption: keeps in the last assistant turn only the text the shopper heard
   * (`spoken`, as the output side sent it to TTS). Text after the first unspoken word is dropped;
   * tool calls and their results stay, so pairs remain consistent.
   */
  commitAssistantSpoken(spoken: string): void {
    this.#draft = undefined;
    let heard = spoken;
    for (const f of this.#fillers) heard = heard.replace(f, ' ');
    // Cut before the shopper said anything: what was cut is the greeting.
    if (this.#greeting && !this.#messages.some((m) => m.role === 'user')) {
      this.#greeting = heardPrefix(this.#greeting, heard);
      return;
    }
    let remaining = words(heard).map(normWord);
    const turnStart = this.#messages.findLastIndex((m) => m.role === 'user') + 1;
    let exhausted = false;
    for (let i = turnStart; i < this.#messages.length; i++) {
      const m = this.#messages[i] as ChatMessage;
      if (m.role !== 'assistant' || !m.content) continue;
      if (exhausted) {
        m.content = '';
        continue;
      }
      const segment = words(m.content);
      let k = 0;
      while (k < segment.length && k < remaining.length && normWord(segment[k] as string) === remaining[k])
        k++;
      if (k < segment.length) {
        m.content = segment.slice(0, k).join(' ');
        exhausted = true;
      } else {
        remaining = remaining.slice(k);
      }
    }
    this.#removeEmpty();
  }

  /** Number of messages currently kept (after trimming). */
  get size(): number {
    return this.#messages.length;
  }

  #removeEmpty(): void {
    this.#messages = this.#messages.filter(
      (m) =>
        m === this.#draft ||
        (m.role === 'assistant' && (m.content !== '' || m.toolCalls.length > 0)) ||
        (m.role === 'tool' && m.results.length > 0) ||
        m.role === 'user',
    );
  }

  /** Drops whole oldest turns (user message up to the next one) so tool pairs never split. */
  #trim(): void {
    while (this.#messages.length > this.maxMessages) {
      const secondUser = this.#messages.findIndex((m, i) => i > 0 && m.role === 'user');
      if (secondUser <= 0) return; // only the current turn is left: keep it whole
      const dropped = this.#messages.splice(0, secondUser);
      for (const m of dropped) {
        if (m.role === 'user') {
          const t =
            m.content.length > SUMMARY_ITEM_CHARS ? `${m.content.slice(0, SUMMARY_ITEM_CHARS)}…` : m.content;
          this.#earlier.push(t);
        }
      }
      this.#earlier = this.#earlier.slice(-SUMMARY_ITEMS);
    }
  }
}

/** Removes calls without a result and results without a call (defence against any partial write). */
export function pairToolCalls(messages: readonly ChatMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as ChatMessage;
    if (m.role === 'user') {
      out.push({ ...m });
    } else if (m.role === 'assistant') {
      const next = messages[i + 1];
      const results = next?.role === 'tool' ? next.results : [];
      const calls = m.toolCalls.filter((c) => results.some((r) => r.id === c.id));
      if (m.content || calls.length > 0)
        out.push({ role: 'assistant', content: m.content, toolCalls: calls });
      if (calls.length > 0) {
        out.push({ role: 'tool', results: results.filter((r) => calls.some((c) => c.id === r.id)) });
      }
      if (next?.role === 'tool') i++;
    }
    // a tool message not preceded by its assistant message is orphaned: dropped
  }
  return out;
}

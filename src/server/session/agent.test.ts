/**
 * A session's agent inside a real pipeline (LLM stage → TTS stage): the greeting is spoken
 * before anything else, a barge-in cuts it like any reply, and switching agent changes the
 * instructions the model gets and the voice the TTS uses from the next turn, recorded.
 */
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../test/store/databases.ts';
import { loadAgentsConfig } from '../../agents/profiles/config.ts';
import { defaultProfileSpec } from '../../agents/profiles/defaults.ts';
import { ProfileService } from '../../agents/profiles/index.ts';
import { TurnProcessor } from '../../audio/turn/turn-processor.ts';
import { DEFAULT_VAD_PARAMS } from '../../audio/vad/index.ts';
import { VadProcessor } from '../../audio/vad/vad-processor.ts';
import { type Clock, createFrame, FakeClock, type Frame, isFrame, Pipeline } from '../../pipeline/index.ts';
import { runProcessorTest } from '../../pipeline/testing.ts';
import { LlmProcessor } from '../../services/llm/llm-processor.ts';
import type { LlmService } from '../../services/llm/service.ts';
import { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { SynthesizeOptions, TtsService } from '../../services/tts/types.ts';
import type { Store } from '../../store/db.ts';
import { type AgentShared, agentSettings, SessionAgentControl, sessionAgentOf } from './agent.ts';

/** Two 20 ms chunks per sentence; a "SLOW" sentence sends one and waits for the abort. */
class FakeTts implements TtsService {
  readonly provider = 'fake';
  readonly model = 'fake';
  readonly capabilities = { streaming: false } as const;
  readonly calls: {
    text: string;
    voice: string | undefined;
    language: string | undefined;
    aborted: boolean;
  }[] = [];
  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array> {
    const call = { text, voice: opts.voice, language: opts.language, aborted: false };
    this.calls.push(call);
    opts.signal?.addEventListener('abort', () => {
      call.aborted = true;
    });
    yield new Int16Array(opts.sampleRate / 50).fill(1000);
    if (text.includes('SLOW'))
      await new Promise<void>((_resolve, reject) =>
        opts.signal?.addEventListener('abort', () => reject(opts.signal?.reason), { once: true }),
      );
    yield new Int16Array(opts.sampleRate / 50).fill(1000);
  }
  async warmup(): Promise<void> {}
  async close(): Promise<void> {}
}

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};
const reply = (text: string): LanguageModelV4StreamPart[] => [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: text },
  { type: 'text-end', id: 't' },
  { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
];

const SOFIA = {
  name: 'Sofía',
  brand: 'Moda Sol',
  languages: ['es'],
  instructions: { es: 'Eres Sofía, la vendedora de Moda Sol.' },
  greeting: { text: { es: 'Hola, soy Sofía.' } },
  voice: { es: 'espeak:es-419' },
  turn: { vadStopSecs: 0.35, maxWaitMs: 300 },
};

function setup(store: Store) {
  const agents = new ProfileService({
    db: store.db,
    defaultSpec: defaultProfileSpec({
      shopName: 'Trailhead',
      agents: loadAgentsConfig({ AGENT_GREETING_EN: 'Hello there. This is SLOW to say. Never heard.' }),
      tts: { provider: 'fake', voiceEn: 'flite:slt', voiceEs: 'espeak:es' },
      llm: { provider: 'mock', model: 'mock', temperature: 0.3 },
    }),
    capabilities: { llmProviders: ['mock'], ttsProviders: ['fake'], tools: [] },
  });
  const model = new MockLanguageModelV4({
    doStream: async () => ({ stream: convertArrayToReadableStream(reply('Claro que sí.')) }),
  });
  const events: { type: string; payload: unknown }[] = [];
  const llmService = { provider: 'mock', modelId: 'mock', model, config: {} } as unknown as LlmService;
  const shared = {
    agents,
    tools: [],
    vadParams: DEFAULT_VAD_PARAMS,
    turn: { maxWaitMs: 800 },
    llm: llmService,
    llmFor: async () => llmService,
    recorder: {
      append: async (_session: string, type: string, payload: unknown) => {
        events.push({ type, payload });
      },
    },
  } as unknown as AgentShared;
  return { agents, model, shared, events };
}

async function build(shared: AgentShared, clock: Clock) {
  const agent = await sessionAgentOf(undefined, shared);
  const settings = agentSettings(agent, 'en', shared);
  const llm = new LlmProcessor({
    llm: shared.llm.model,
    provider: 'mock',
    tools: [],
    user: { userId: 'u1', sessionId: 's1' },
    profile: settings.llmProfile,
    language: 'en',
  });
  const fake = new FakeTts();
  const tts = new TtsProcessor({
    tts: fake,
    language: 'en',
    ...(settings.voice ? { voice: settings.voice } : {}),
  });
  // Outside the pipeline (no audio here): the switch must still retune them.
  const vad = new VadProcessor({ engine: {} as never, params: settings.vadParams });
  const turn = new TurnProcessor({ strategy: 'vad' as never, maxWaitMs: settings.maxWaitMs, language: 'en' });
  const control = new SessionAgentControl({
    shared,
    sessionId: 's1',
    transport: 'websocket',
    agent,
    language: 'en',
    llm,
    tts,
    vad,
    turn,
    log: { info: () => {}, warn: () => {} } as never,
  });
  return { pipeline: new Pipeline([llm, tts]), control, fake, clock, llm, vad, turn };
}

const spoken = (frames: Frame[]) => frames.filter((f) => isFrame(f, 'tts-text')).map((f) => f.text);

describe.each(TEST_DIALECTS.slice(0, 1))('the session agent on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('greets first, and a barge-in cuts the greeting like any reply', async () => {
    const clock = new FakeClock();
    const { shared } = setup(t.store);
    const { pipeline, control, fake, llm } = await build(shared, clock);
    const { down } = await runProcessorTest(
      pipeline,
      [
        { run: () => void control.greet() },
        // The output reports it started playing, then (on the barge-in) what was heard.
        { frame: createFrame('bot-started-speaking', {}, clock), direction: 'upstream' },
        createFrame('interruption', {}, clock),
        {
          frame: createFrame(
            'bot-spoken-text',
            {
              segmentId: 1,
              text: 'Hello there.',
              fullText: 'Hello there.',
              interrupted: true,
              playedMs: 600,
              totalMs: 600,
              turnText: 'Hello there.',
            },
            clock,
          ),
          direction: 'upstream',
        },
      ],
      { clock },
    );
    // The greeting is the first thing out, in the default profile's English voice.
    expect(down.slice(0, 3).map((f) => f.type)).toEqual(['tts-started', 'tts-text', 'output-audio']);
    expect(spoken(down)).toEqual(['Hello there.', 'This is SLOW to say.']);
    // Cut mid-sentence: synthesis aborted, the last sentence never synthesized or played.
    expect(fake.calls.map((c) => [c.text, c.voice])).toEqual([
      ['Hello there.', 'flite:slt'],
      ['This is SLOW to say.', 'flite:slt'],
    ]);
    expect(fake.calls.at(-1)?.aborted).toBe(true);
    const cut = down.findIndex((f) => f.type === 'interruption');
    expect(down.slice(cut).some((f) => f.type === 'output-audio')).toBe(false);
    // The model is told what the shopper heard of the greeting (in its instructions, not its
    // history): the cut sentences are not in it.
    expect(llm.context.instructions()).toContain('saying: "Hello there.…"');
    expect(llm.context.instructions()).not.toContain('SLOW');
  });

  it('does not greet when the profile turns the greeting off for the transport', async () => {
    const { agents, shared } = setup(t.store);
    await agents.update('default', {
      greeting: { text: { en: 'Hi.', es: 'Hola.' }, skipTransports: ['websocket'] },
    });
    const { control } = await build(shared, new FakeClock());
    expect(control.greet()).toBe(false);
  });

  it('switch-agent: the next turn has the new instructions and voice, the switch is recorded', async () => {
    const clock = new FakeClock();
    const { agents, shared, model, events } = setup(t.store);
    await agents.create('sofia', SOFIA);
    const { pipeline, control, fake, vad, turn } = await build(shared, clock);
    expect([vad.params.stopSecs, turn.maxWaitMs]).toEqual([DEFAULT_VAD_PARAMS.stopSecs, 800]);
    const before = createFrame('transcription', { text: 'hello', userId: 'u1', final: true }, clock);
    const after = createFrame(
      'transcription',
      { text: 'hola', userId: 'u1', final: true, language: 'es' },
      clock,
    );
    let refused: unknown;
    await runProcessorTest(
      pipeline,
      [
        before,
        {
          run: async () => {
            refused = await control.switchTo('nobody').catch((e: unknown) => e);
            await control.switchTo('sofia');
          },
        },
        after,
      ],
      { clock },
    );
    expect((refused as Error).message).toBe('no agent profile "nobody"');
    const systems = model.doStreamCalls.map((c) => {
      const system = c.prompt.find((m) => m.role === 'system');
      return typeof system?.content === 'string' ? system.content : '';
    });
    expect(systems).toHaveLength(2);
    expect(systems[0]).toMatch(/voice shopping assistant of Trailhead/);
    expect(systems[1]).toMatch(
      /^Eres Sofía, la vendedora de Moda Sol\.\nTienda: Moda Sol\nYa saludaste al cliente al empezar, diciendo: "Hola, soy Sofía\." No vuelvas a saludar\.$/,
    );
    // Sofía's greeting and her reply are in her voice; the reply before the switch was not.
    expect(fake.calls.map((c) => [c.text, c.voice])).toEqual([
      ['Claro que sí.', 'flite:slt'],
      ['Hola, soy Sofía.', 'espeak:es-419'],
      ['Claro que sí.', 'espeak:es-419'],
    ]);
    expect(events).toEqual([
      {
        type: 'agent_switch',
        payload: {
          from: { agent: 'default', version: 0 },
          to: { agent: 'sofia', version: 1 },
          language: 'es',
        },
      },
    ]);
    expect(control.agent.profile.id).toBe('sofia');
    // Sofía's turn-taking: her VAD stop window and her wait cap, from the next turn.
    expect([vad.params.stopSecs, turn.maxWaitMs]).toEqual([0.35, 300]);
    expect(vad.params.confidence).toBe(DEFAULT_VAD_PARAMS.confidence);
  });
});

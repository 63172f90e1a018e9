/**
 * Each provider's documented streaming wire format, as scripted responses for WireServer:
 * OpenAI Responses SSE, Chat Completions SSE (OpenAI-compatible, Groq, OpenRouter),
 * Anthropic Messages SSE, Gemini streamGenerateContent SSE, Bedrock ConverseStream event-stream.
 */
import { awsEvent, type ScriptedResponse, sse } from './wire-server.ts';

export interface ToolCallFixture {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

export interface Dialect {
  name: string;
  env(baseUrl: string): Record<string, string>;
  /** The request path a stream call must hit. */
  path: RegExp;
  text(deltas: string[]): ScriptedResponse;
  toolCall(call: ToolCallFixture): ScriptedResponse;
  httpError(status: number, message: string): ScriptedResponse;
  /** Whether the provider keeps our tool call id (Gemini has none: the SDK generates one). */
  keepsToolCallId: boolean;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  chunks: [JSON.stringify(body)],
});

/** Splits a JSON argument string into fragments, as providers stream tool arguments. */
function fragments(args: Record<string, unknown>): string[] {
  const s = JSON.stringify(args);
  const mid = Math.max(1, Math.floor(s.length / 2));
  return [s.slice(0, mid), s.slice(mid)];
}

function chatCompletions(name: string, env: (base: string) => Record<string, string>, path: RegExp): Dialect {
  const chunk = (delta: unknown, finish: string | null = null, extra: Record<string, unknown> = {}) =>
    sse({
      id: 'chatcmpl-1',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model: 'test-model',
      choices: [{ index: 0, delta, finish_reason: finish }],
      ...extra,
    });
  const usage = { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 };
  const tail = (finish: string) => [
    chunk({}, finish),
    sse({
      id: 'chatcmpl-1',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model: 'test-model',
      choices: [],
      usage,
      x_groq: { id: 'req_1', usage },
    }),
    sse('[DONE]'),
  ];
  return {
    name,
    env,
    path,
    keepsToolCallId: true,
    text: (deltas) => ({
      chunks: [
        chunk({ role: 'assistant', content: '' }),
        ...deltas.map((d) => chunk({ content: d })),
        ...tail('stop'),
      ],
    }),
    toolCall: (c) => ({
      chunks: [
        chunk({
          role: 'assistant',
          tool_calls: [{ index: 0, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }],
        }),
        ...fragments(c.args).map((a) => chunk({ tool_calls: [{ index: 0, function: { arguments: a } }] })),
        ...tail('tool_calls'),
      ],
    }),
    httpError: (status, message) =>
      json(status, {
        error: { message, type: status === 429 ? 'rate_limit_error' : 'invalid_request_error' },
      }),
  };
}

export const openaiCompatible = chatCompletions(
  'openai-compatible',
  (b) => ({ LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: `${b}/v1`, LLM_MODEL: 'llama3.2' }),
  /^\/v1\/chat\/completions$/,
);
export const groq = chatCompletions(
  'groq',
  (b) => ({ LLM_PROVIDER: 'groq', GROQ_API_KEY: 'gsk-test', LLM_BASE_URL: `${b}/openai/v1` }),
  /^\/openai\/v1\/chat\/completions$/,
);
export const openrouter = chatCompletions(
  'openrouter',
  (b) => ({ LLM_PROVIDER: 'openrouter', OPENROUTER_API_KEY: 'or-test', LLM_BASE_URL: `${b}/api/v1` }),
  /^\/api\/v1\/chat\/completions$/,
);

const responsesUsage = { input_tokens: 12, output_tokens: 3, total_tokens: 15 };
export const openai: Dialect = {
  name: 'openai',
  env: (b) => ({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test', LLM_BASE_URL: `${b}/v1` }),
  path: /^\/v1\/responses$/,
  keepsToolCallId: true,
  text: (deltas) => ({
    chunks: [
      sse({
        type: 'response.created',
        sequence_number: 0,
        response: { id: 'resp_1', created_at: 1_700_000_000, model: 'gpt-4.1-mini' },
      }),
      sse({ type: 'response.output_item.added', output_index: 0, item: { type: 'message', id: 'msg_1' } }),
      ...deltas.map((d) =>
        sse({ type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, delta: d }),
      ),
      sse({ type: 'response.output_item.done', output_index: 0, item: { type: 'message', id: 'msg_1' } }),
      sse({ type: 'response.completed', response: { usage: responsesUsage } }),
    ],
  }),
  toolCall: (c) => ({
    chunks: [
      sse({
        type: 'response.created',
        sequence_number: 0,
        response: { id: 'resp_2', created_at: 1_700_000_000, model: 'gpt-4.1-mini' },
      }),
      sse({
        type: 'response.output_item.added',
        output_index: 0,
        item: { type: 'function_call', id: 'fc_1', call_id: c.id, name: c.name, arguments: '' },
      }),
      ...fragments(c.args).map((a) =>
        sse({ type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 0, delta: a }),
      ),
      sse({
        type: 'response.output_item.done',
        output_index: 0,
        item: {
          type: 'function_call',
          id: 'fc_1',
          call_id: c.id,
          name: c.name,
          arguments: JSON.stringify(c.args),
          status: 'completed',
        },
      }),
      sse({ type: 'response.completed', response: { usage: responsesUsage } }),
    ],
  }),
  httpError: (status, message) =>
    json(status, {
      error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'invalid_request_error' },
    }),
};

const anthropicStart = sse(
  {
    type: 'message_start',
    message: {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'claude-haiku-4-5',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 12, output_tokens: 1 },
    },
  },
  'message_start',
);
const anthropicEnd = (stop: string) => [
  sse(
    { type: 'message_delta', delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: 3 } },
    'message_delta',
  ),
  sse({ type: 'message_stop' }, 'message_stop'),
];
export const anthropic: Dialect = {
  name: 'anthropic',
  env: (b) => ({ LLM_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'sk-ant-test', LLM_BASE_URL: `${b}/v1` }),
  path: /^\/v1\/messages$/,
  keepsToolCallId: true,
  text: (deltas) => ({
    chunks: [
      anthropicStart,
      sse(
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
        'content_block_start',
      ),
      ...deltas.map((d) =>
        sse(
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: d } },
          'content_block_delta',
        ),
      ),
      sse({ type: 'content_block_stop', index: 0 }, 'content_block_stop'),
      ...anthropicEnd('end_turn'),
    ],
  }),
  toolCall: (c) => ({
    chunks: [
      anthropicStart,
      sse(
        {
          type: 'content_block_start',
          index: 0,
          content_block: { type: 'tool_use', id: c.id, name: c.name, input: {} },
        },
        'content_block_start',
      ),
      ...fragments(c.args).map((p) =>
        sse(
          { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: p } },
          'content_block_delta',
        ),
      ),
      sse({ type: 'content_block_stop', index: 0 }, 'content_block_stop'),
      ...anthropicEnd('tool_use'),
    ],
  }),
  httpError: (status, message) =>
    json(status, {
      type: 'error',
      error: {
        type: status === 429 ? 'rate_limit_error' : status === 401 ? 'authentication_error' : 'api_error',
        message,
      },
    }),
};

const geminiUsage = { promptTokenCount: 12, candidatesTokenCount: 3, totalTokenCount: 15 };
export const google: Dialect = {
  name: 'google',
  env: (b) => ({
    LLM_PROVIDER: 'google',
    GOOGLE_GENERATIVE_AI_API_KEY: 'g-test',
    LLM_BASE_URL: `${b}/v1beta`,
  }),
  path: /^\/v1beta\/models\/gemini-2\.5-flash:streamGenerateContent\?alt=sse$/,
  keepsToolCallId: false,
  text: (deltas) => ({
    chunks: deltas.map((d, i) =>
      sse({
        candidates: [
          {
            content: { parts: [{ text: d }], role: 'model' },
            index: 0,
            ...(i === deltas.length - 1 ? { finishReason: 'STOP' } : {}),
          },
        ],
        usageMetadata: geminiUsage,
        modelVersion: 'gemini-2.5-flash',
      }),
    ),
  }),
  toolCall: (c) => ({
    chunks: [
      sse({
        candidates: [
          {
            content: { parts: [{ functionCall: { name: c.name, args: c.args } }], role: 'model' },
            finishReason: 'STOP',
            index: 0,
          },
        ],
        usageMetadata: geminiUsage,
      }),
    ],
  }),
  httpError: (status, message) =>
    json(status, {
      error: { code: status, message, status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'INVALID_ARGUMENT' },
    }),
};

const bedrockEvent = (type: string, payload: unknown) =>
  awsEvent({ ':event-type': type, ':content-type': 'application/json', ':message-type': 'event' }, payload);
const bedrockEnd = (stop: string) => [
  bedrockEvent('messageStop', { stopReason: stop }),
  bedrockEvent('metadata', {
    usage: { inputTokens: 12, outputTokens: 3, totalTokens: 15 },
    metrics: { latencyMs: 50 },
  }),
];
const eventStream = { 'content-type': 'application/vnd.amazon.eventstream' };
export const bedrock: Dialect = {
  name: 'bedrock',
  env: (b) => ({
    LLM_PROVIDER: 'bedrock',
    LLM_MODEL: 'anthropic.claude-test',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIATEST',
    AWS_SECRET_ACCESS_KEY: 'secret-test',
    LLM_BASE_URL: b,
  }),
  path: /^\/model\/anthropic\.claude-test\/converse-stream$/,
  keepsToolCallId: true,
  text: (deltas) => ({
    headers: eventStream,
    chunks: [
      bedrockEvent('messageStart', { role: 'assistant' }),
      ...deltas.map((d) => bedrockEvent('contentBlockDelta', { contentBlockIndex: 0, delta: { text: d } })),
      bedrockEvent('contentBlockStop', { contentBlockIndex: 0 }),
      ...bedrockEnd('end_turn'),
    ],
  }),
  toolCall: (c) => ({
    headers: eventStream,
    chunks: [
      bedrockEvent('messageStart', { role: 'assistant' }),
      bedrockEvent('contentBlockStart', {
        contentBlockIndex: 0,
        start: { toolUse: { toolUseId: c.id, name: c.name } },
      }),
      ...fragments(c.args).map((input) =>
        bedrockEvent('contentBlockDelta', { contentBlockIndex: 0, delta: { toolUse: { input } } }),
      ),
      bedrockEvent('contentBlockStop', { contentBlockIndex: 0 }),
      ...bedrockEnd('tool_use'),
    ],
  }),
  httpError: (status, message) =>
    json(
      status,
      { message },
      { 'x-amzn-errortype': status === 429 ? 'ThrottlingException' : 'ValidationException' },
    ),
};

export const DIALECTS: Dialect[] = [openai, anthropic, google, bedrock, groq, openrouter, openaiCompatible];

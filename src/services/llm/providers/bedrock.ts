/** LLM_PROVIDER=bedrock: Amazon Bedrock with SigV4 credentials or a Bedrock API key. */
import { z } from 'zod';
import { defineLlmProvider, opt, optionalText } from '../provider.ts';

export const bedrockLlm = defineLlmProvider({
  name: 'bedrock',
  defaultModel: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
  configSchema: z.object({
    AWS_REGION: optionalText.describe('Region of LLM_PROVIDER=bedrock'),
    AWS_ACCESS_KEY_ID: optionalText.describe('Bedrock SigV4 access key id'),
    AWS_SECRET_ACCESS_KEY: optionalText.describe('Bedrock SigV4 secret key'),
    AWS_SESSION_TOKEN: optionalText.describe('Bedrock SigV4 session token (temporary credentials)'),
    AWS_BEARER_TOKEN_BEDROCK: optionalText.describe('Bedrock API key, an alternative to SigV4 credentials'),
  }),
  check(e, problem) {
    const bearer = e.AWS_BEARER_TOKEN_BEDROCK ?? e.LLM_API_KEY;
    if (!e.AWS_REGION) problem('AWS_REGION', 'LLM_PROVIDER=bedrock needs AWS_REGION');
    if (!bearer && !(e.AWS_ACCESS_KEY_ID && e.AWS_SECRET_ACCESS_KEY)) {
      problem(
        'AWS_ACCESS_KEY_ID',
        'LLM_PROVIDER=bedrock needs AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK / LLM_API_KEY)',
      );
    }
    // The key goes in the credentials, not in `apiKey` (which Bedrock's SDK would not use).
    return {
      apiKey: undefined,
      bedrock: {
        region: e.AWS_REGION ?? '',
        ...(e.AWS_ACCESS_KEY_ID ? { accessKeyId: e.AWS_ACCESS_KEY_ID } : {}),
        ...(e.AWS_SECRET_ACCESS_KEY ? { secretAccessKey: e.AWS_SECRET_ACCESS_KEY } : {}),
        ...(e.AWS_SESSION_TOKEN ? { sessionToken: e.AWS_SESSION_TOKEN } : {}),
        ...(bearer ? { apiKey: bearer } : {}),
      },
    };
  },
  async create(c) {
    const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock');
    const b = c.bedrock;
    return createAmazonBedrock({
      ...opt('region', b?.region),
      ...opt('accessKeyId', b?.accessKeyId),
      ...opt('secretAccessKey', b?.secretAccessKey),
      ...opt('sessionToken', b?.sessionToken),
      ...opt('apiKey', b?.apiKey),
      ...opt('baseURL', c.baseURL),
    })(c.model);
  },
});

/**
 * TwiML for a voice webhook: connect the call to our Media Streams WebSocket (bidirectional,
 * `<Connect><Stream>`). Custom parameters arrive in the `start` event's customParameters.
 */
function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export class TwimlError extends Error {
  override readonly name = 'TwimlError';
}

export function connectStreamTwiml(streamUrl: string, parameters: Record<string, string> = {}): string {
  let url: URL;
  try {
    url = new URL(streamUrl);
  } catch {
    throw new TwimlError(`Stream URL "${streamUrl}" is not a valid absolute URL (expected wss://host/path)`);
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') {
    throw new TwimlError(
      `Stream URL must use wss:// (Twilio requires TLS) or ws:// for local tests, got ${url.protocol}`,
    );
  }
  const params = Object.entries(parameters)
    .map(([name, value]) => `<Parameter name="${escapeXml(name)}" value="${escapeXml(value)}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="${escapeXml(url.toString())}">${params}</Stream></Connect></Response>`;
}

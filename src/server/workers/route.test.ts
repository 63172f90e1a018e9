import { describe, expect, it } from 'vitest';
import { workerOfId, workerTagOf } from '../../http/worker-tag.ts';
import { MAX_HEAD_BYTES, ownerOf, parseHead, type RequestHead, routeRequest } from './route.ts';

const RUN = 'ab12cd34';
const tag = (id: number, run = RUN) => workerTagOf(id, run);

function head(text: string): RequestHead {
  const parsed = parseHead(Buffer.from(text, 'latin1'));
  if (parsed.state !== 'complete') throw new Error(`expected a complete head, got ${JSON.stringify(parsed)}`);
  return parsed.head;
}

const get = (target: string) => head(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);

describe('parseHead', () => {
  it('waits for the blank line, then gives method, target, headers and the head length', () => {
    const text = 'POST /start HTTP/1.1\r\nHost: shop\r\nContent-Length: 2\r\nX-A: 1\r\nX-a: 2\r\n\r\n{}';
    expect(parseHead(Buffer.from(text.slice(0, 30)))).toEqual({ state: 'incomplete' });
    const parsed = head(text);
    expect(parsed).toMatchObject({ method: 'POST', target: '/start', version: '1.1', contentLength: 2 });
    expect(parsed.length).toBe(text.length - 2);
    expect(parsed.headers.get('x-a')).toBe('1, 2');
  });

  it('refuses a head over 16 KB with 431, with or without its end', () => {
    const big = `GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n`;
    expect(parseHead(Buffer.from(big))).toMatchObject({ state: 'invalid', status: 431 });
    expect(parseHead(Buffer.from(`${big}\r\n`))).toMatchObject({ state: 'invalid', status: 431 });
  });

  it('refuses malformed heads with 400 and a reason', () => {
    for (const [text, message] of [
      ['GET /\r\n\r\n', 'malformed request line'],
      ['GET / HTTP/2.0\r\n\r\n', 'malformed request line'],
      ['get / HTTP/1.1\r\n\r\n', 'malformed request line'],
      ['GET / HTTP/1.1\r\nno colon here\r\n\r\n', 'malformed header line'],
      ['GET / HTTP/1.1\r\nBad Name: x\r\n\r\n', 'malformed header line'],
      ['POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n', 'invalid Content-Length'],
      ['POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n', 'invalid Content-Length'],
    ] as const)
      expect(parseHead(Buffer.from(text)), text).toEqual({ state: 'invalid', status: 400, message });
  });

  it('refuses binary (a TLS hello) at once instead of waiting for a head', () => {
    expect(parseHead(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00]))).toMatchObject({
      state: 'invalid',
      status: 400,
    });
  });

  it('accepts a repeated identical Content-Length', () => {
    expect(head('POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n').contentLength).toBe(3);
  });
});

describe('routeRequest', () => {
  it('sends a WebSocket token, a session query and a session path to the worker that made them', () => {
    expect(routeRequest(get(`/ws?token=${tag(3)}abc`), RUN)).toEqual({ kind: 'worker', workerId: 3 });
    expect(routeRequest(get(`/ws/debug?session=${tag(4)}uuid`), RUN)).toEqual({
      kind: 'worker',
      workerId: 4,
    });
    expect(routeRequest(get(`/api/sessions/${tag(5)}uuid/events`), RUN)).toEqual({
      kind: 'worker',
      workerId: 5,
    });
    expect(routeRequest(get(`/api/sessions/${tag(6)}uuid`), RUN)).toEqual({ kind: 'worker', workerId: 6 });
    expect(routeRequest(head(`POST /sessions/${tag(7)}u/api/offer HTTP/1.1\r\n\r\n`), RUN)).toEqual({
      kind: 'worker',
      workerId: 7,
    });
  });

  it('strips a /_w/<worker>.<run> prefix (Twilio stream URLs) and keeps the query', () => {
    expect(routeRequest(get(`/_w/2.${RUN}/telephony/twilio/ws?x=1`), RUN)).toEqual({
      kind: 'worker',
      workerId: 2,
      target: '/telephony/twilio/ws?x=1',
    });
  });

  it('asks for the signaling body, then routes by its pc_id; a body it cannot read goes to any worker', () => {
    const body = JSON.stringify({ pc_id: `pc-${tag(9)}uuid`, candidates: [] });
    const h = head(`PATCH /api/offer HTTP/1.1\r\nContent-Length: ${body.length}\r\n\r\n`);
    expect(routeRequest(h, RUN)).toEqual({ kind: 'body', bytes: body.length });
    expect(routeRequest(h, RUN, Buffer.from(body))).toEqual({ kind: 'worker', workerId: 9 });
    expect(routeRequest(h, RUN, Buffer.from('not json'.padEnd(body.length)))).toEqual({
      kind: 'any',
      creates: false,
    });
    const huge = head('POST /api/offer HTTP/1.1\r\nContent-Length: 100000\r\n\r\n');
    expect(routeRequest(huge, RUN)).toEqual({ kind: 'any', creates: true });
  });

  it('sends requests naming no session to any worker, marking those that start one', () => {
    expect(routeRequest(head('POST /start HTTP/1.1\r\n\r\n'), RUN)).toEqual({ kind: 'any', creates: true });
    expect(routeRequest(get('/device/ws'), RUN)).toEqual({ kind: 'any', creates: true });
    expect(routeRequest(get('/api/products?q=shoes'), RUN)).toEqual({ kind: 'any', creates: false });
    expect(routeRequest(get('/ws?token=untagged-token'), RUN)).toEqual({ kind: 'any', creates: false });
    expect(routeRequest(get('*'), RUN)).toEqual({ kind: 'any', creates: false });
  });

  it('refuses ids of another run (another machine, an earlier start) instead of guessing', () => {
    expect(routeRequest(get(`/ws?token=${tag(3, 'ffff0000')}abc`), RUN)).toMatchObject({ kind: 'elsewhere' });
  });
});

describe('ownerOf (the worker-side check)', () => {
  it('finds the owner from a URL or a parsed signaling body', () => {
    expect(ownerOf('GET', `/ws?token=${tag(2)}x`, undefined, RUN)).toEqual({ workerId: 2 });
    expect(ownerOf('PATCH', '/api/offer', { pc_id: `pc-${tag(8)}x` }, RUN)).toEqual({ workerId: 8 });
    expect(ownerOf('PATCH', '/api/offer', { pc_id: 'pc-untagged' }, RUN)).toBeUndefined();
    expect(ownerOf('GET', '/healthz', undefined, RUN)).toBeUndefined();
  });
});

describe('worker tags', () => {
  it('read back the worker and run from session ids, tokens and pc ids', () => {
    expect(workerOfId(`${tag(12)}550e8400`)).toEqual({ workerId: 12, run: RUN });
    expect(workerOfId(`pc-${tag(1)}550e8400`)).toEqual({ workerId: 1, run: RUN });
    expect(workerOfId('550e8400-e29b-41d4')).toBeUndefined();
    expect(workerOfId('pc-550e8400')).toBeUndefined();
  });
});

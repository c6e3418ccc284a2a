import { once } from 'node:events';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { addressPolicy } from '../domain/address-rules';
import { newWebhookSecret } from '../domain/retry';
import { checkedAddresses, postSigned } from './webhook-sender';

describe('webhook sender (real HTTP receiver)', () => {
  let server: Server;
  let base: string;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let answer: (res: ServerResponse) => void = (res) => res.writeHead(204).end();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        answer(res);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
  });

  const loopbackAllowed = addressPolicy('127.0.0.1');
  const post = (overrides: Partial<Parameters<typeof postSigned>[0]> = {}) =>
    postSigned({ url: `${base}/hook`, secret, messageId: 'msg_1', body: '{"type":"t"}', timeoutMs: 1000, policy: loopbackAllowed, ...overrides });
  const secret = newWebhookSecret();

  it('POSTs the body with Standard Webhooks headers that verify with the secret', async () => {
    const result = await post();
    expect(result).toMatchObject({ statusCode: 204, error: null });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    const { headers, body } = received.at(-1)!;
    expect(headers['webhook-id']).toBe('msg_1');
    expect(new Webhook(secret).verify(body, headers as Record<string, string>)).toEqual({ type: 't' });
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers as Record<string, string>)).toThrow();
  });

  it('reports the status of an answer that is no success, and a timeout as an error', async () => {
    answer = (res) => res.writeHead(500).end('boom');
    expect(await post()).toMatchObject({ statusCode: 500, error: null });
    answer = () => undefined;
    const slow = await post({ timeoutMs: 200 });
    expect(slow).toMatchObject({ statusCode: null, error: 'no answer within 200 ms' });
    expect(slow.durationMs).toBeGreaterThanOrEqual(190);
    answer = (res) => res.writeHead(204).end();
  });

  it('refuses loopback and private addresses that are not allow-listed, before connecting', async () => {
    const before = received.length;
    expect(await post({ policy: addressPolicy('') })).toMatchObject({ statusCode: null, error: 'resolves to a loopback, private or link-local address' });
    expect(received).toHaveLength(before);
  });

  it('checks what a host name resolves to (localhost is loopback) unless the name is allow-listed', async () => {
    await expect(checkedAddresses(addressPolicy(''), 'localhost')).rejects.toThrow('resolves to a loopback, private or link-local address');
    await expect(checkedAddresses(addressPolicy('localhost'), 'localhost')).resolves.not.toHaveLength(0);
    await expect(checkedAddresses(addressPolicy(''), 'no-such-host.invalid')).rejects.toThrow('host does not resolve');
  });
});

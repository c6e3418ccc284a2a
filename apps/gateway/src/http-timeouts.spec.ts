import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { Socket } from 'node:net';
import { keepsOwnTimeLimits } from '@app/platform';
import { httpTimeoutOptions, spareOwnTimeLimits } from './http-timeouts';

const SETTINGS = { HTTP_HEADERS_TIMEOUT_SECONDS: 10, HTTP_REQUEST_TIMEOUT_SECONDS: 30, HTTP_IDLE_TIMEOUT_SECONDS: 60, HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: 72 };
const timeout = Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' });

describe('HTTP timeouts', () => {
  it('turns the settings into the server options, checked often enough to cut within a second of the limit', () => {
    expect(httpTimeoutOptions(SETTINGS)).toEqual({
      connectionTimeout: 60_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 72_000,
      http: { headersTimeout: 10_000, connectionsCheckingInterval: 1000 },
    });
    expect(httpTimeoutOptions({ ...SETTINGS, HTTP_HEADERS_TIMEOUT_SECONDS: 1 }).http.connectionsCheckingInterval).toBe(500);
  });

  it('spares a request with its own time limits from the request timeout only, and answers everything else as before', () => {
    const server = createServer();
    const answered: string[] = [];
    server.on('clientError', (error: Error & { code?: string }) => answered.push(error.code ?? ''));
    spareOwnTimeLimits(server, SETTINGS);
    const upload = new Socket();
    const other = new Socket();
    const response = new EventEmitter();
    keepsOwnTimeLimits({ socket: upload } as never, response as never);

    server.emit('clientError', timeout, upload);
    expect(answered).toEqual([]);
    expect(upload.timeout).toBe(60_000);
    server.emit('clientError', Object.assign(new Error('bad'), { code: 'HPE_INVALID_METHOD' }), upload);
    server.emit('clientError', timeout, other);
    expect(answered).toEqual(['HPE_INVALID_METHOD', 'ERR_HTTP_REQUEST_TIMEOUT']);
    // Once its response is done, the connection's next request is timed as usual.
    response.emit('close');
    server.emit('clientError', timeout, upload);
    expect(answered).toHaveLength(3);
    upload.destroy();
    other.destroy();
  });
});

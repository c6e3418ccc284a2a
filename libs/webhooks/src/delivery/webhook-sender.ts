import { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';
import { AddressPolicy, addressProblem, hostOf } from '../domain/address-rules';

/** The host resolved to, or was, an address the policy refuses. */
export class AddressRefusedError extends Error {}

/**
 * Resolves the host and checks every address it resolves to (an IP literal is its own). The
 * request then connects to these very addresses: a second resolution, which a rebinding DNS
 * could answer differently, never happens.
 */
export async function checkedAddresses(policy: AddressPolicy, hostname: string): Promise<LookupAddress[]> {
  let addresses: LookupAddress[];
  try {
    addresses = await lookup(hostname, { all: true, verbatim: true });
  } catch {
    throw new AddressRefusedError('host does not resolve');
  }
  for (const { address } of addresses) {
    const problem = addressProblem(policy, hostname, address);
    if (problem) throw new AddressRefusedError(problem);
  }
  return addresses;
}

const pinnedTo =
  (addresses: readonly LookupAddress[]): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) callback(null, [...addresses]);
    else callback(null, addresses[0].address, addresses[0].family);
  };

export interface SignedPost {
  readonly url: string;
  /** whsec_... */
  readonly secret: string;
  /** webhook-id: the delivery's id, the same on every attempt, so the receiver can drop repeats. */
  readonly messageId: string;
  readonly body: string;
  readonly timeoutMs: number;
  readonly policy: AddressPolicy;
}

export interface AttemptResult {
  readonly statusCode: number | null;
  readonly durationMs: number;
  readonly error: string | null;
}

const MAX_ERROR_LENGTH = 500;

/** One signed POST (Standard Webhooks headers); never throws: a failure is its result. Redirects are not followed. */
export async function postSigned(post: SignedPost): Promise<AttemptResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): AttemptResult => ({
    statusCode,
    durationMs: Math.round(performance.now() - started),
    error: error?.slice(0, MAX_ERROR_LENGTH) ?? null,
  });
  try {
    const url = new URL(post.url);
    const addresses = await checkedAddresses(post.policy, hostOf(url));
    const now = new Date();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'cross-border-coordination-webhooks/1',
      'webhook-id': post.messageId,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(post.secret).sign(post.messageId, now, post.body),
    };
    return done(await send(url, addresses, headers, post.body, post.timeoutMs), null);
  } catch (error) {
    return done(null, (error as Error).message);
  }
}

function send(url: URL, addresses: readonly LookupAddress[], headers: Record<string, string>, body: string, timeoutMs: number): Promise<number | null> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const req = request(url, { method: 'POST', headers, lookup: pinnedTo(addresses), signal, agent: false }, (res) => {
      // The answer's body means nothing to the platform: read and dropped (cut at the time limit).
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on('error', (error) => reject(signal.aborted ? new Error(`no answer within ${timeoutMs} ms`) : error));
    req.end(body);
  });
}

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { seedDemoWorld } from '@app/demo';
import { hashPassword } from '@app/identity';
import { createGateway } from '../../apps/gateway/src/gateway';
import { createWorker } from '../../apps/worker/src/worker';
import { testConfig } from './config';

export const DEMO_PASSWORD = 'correct-horse-demo-2026';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  raw: string;
}

/** Gateway and worker of one test file, running on the real PostgreSQL and Redis. */
export interface Stack {
  config: AppConfig;
  gateway: NestFastifyApplication;
  worker: NestFastifyApplication | null;
  url: string;
  /** The worker's health endpoint base URL (null without a worker). */
  workerUrl: string | null;
  db: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  signIn(email: string, password?: string): Promise<string>;
  /** Every log line both apps wrote, when started with `captureLogs` (at debug level). */
  logs(): string;
  close(): Promise<void>;
}

export async function startStack(
  options: { worker?: boolean; captureLogs?: boolean; overrides?: Record<string, string> } = {},
): Promise<Stack> {
  const logLines: string[] = [];
  const capture = options.captureLogs ? { write: (line: string) => void logLines.push(line) } : undefined;
  const config = testConfig({ DEMO_PASSWORD, ...(capture ? { LOG_LEVEL: 'debug' } : {}), ...options.overrides });
  const gateway = await createGateway(config, capture);
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  const url = urlOf(gateway);
  const db = gateway.get(DataSource);
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction((m) => seedDemoWorld(m, hash));
  const worker = options.worker ? await createWorker(config, capture) : null;
  if (worker) await worker.listen({ port: 0, host: '127.0.0.1' });
  const workerUrl = worker ? urlOf(worker) : null;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    const body = JSON.parse(raw) as Omit<GraphQLResponse<T>, 'status' | 'raw'>;
    return { status: response.status, raw, ...body } as GraphQLResponse<T>;
  };

  const signIn = async (email: string, password = DEMO_PASSWORD) => {
    const result = await gql<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email, password } },
    );
    if (!result.data) throw new Error(`sign-in of ${email} failed: ${result.raw}`);
    return result.data.signIn.accessToken;
  };

  return {
    config,
    gateway,
    worker,
    url,
    workerUrl,
    db,
    gql,
    signIn,
    logs: () => logLines.join(''),
    close: async () => {
      await worker?.close();
      await gateway.close();
    },
  };
}

function urlOf(app: NestFastifyApplication): string {
  const address = app.getHttpServer().address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Polls until `check` returns a value (for effects the worker produces asynchronously). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

import { Bench, ME_QUERY, port } from './harness';

/**
 * Foundation: authenticated `me` through the gateway against a bare Node handler doing the same
 * work; then the price of checking each request's session (ended? user disabled? roles now?):
 * a gateway reading it from PostgreSQL on every request against the one caching it in process.
 */
export const meBench: Bench = async (ctx) => {
  await ctx.startProcess('dist/bench/bare-me-server.js', port(3901));
  await ctx.startProcess('dist/apps/gateway/src/main.js', port(3902), { SESSION_CHECK_CACHE_SECONDS: '0' });
  const token = await ctx.signIn('prosecutor.de@demo.example');
  const { a, b } = await ctx.compare(
    { name: 'gateway: GraphQL me', options: { token, query: ME_QUERY } },
    { name: 'bare Node handler: me', options: { url: `http://127.0.0.1:${port(3901)}/`, token } },
    0.5,
  );
  const uncached = await ctx.compare(
    { name: 'gateway, session read every request: me', options: { url: `http://127.0.0.1:${port(3902)}/graphql`, token, query: ME_QUERY } },
    { name: 'gateway, session cached: me', options: { token, query: ME_QUERY } },
    0.8,
  );
  return [a, b, uncached.a];
};

import { Bench, ME_QUERY } from './harness';

/** Foundation: authenticated `me` through the gateway against a bare Node handler doing the same work. */
export const meBench: Bench = async (ctx) => {
  await ctx.startProcess('dist/bench/bare-me-server.js', 3901);
  const token = await ctx.signIn('prosecutor.de@demo.example');
  const { a, b } = await ctx.compare(
    { name: 'gateway: GraphQL me', options: { token, query: ME_QUERY } },
    { name: 'bare Node handler: me', options: { url: 'http://127.0.0.1:3901/', token } },
    0.5,
  );
  return [a, b];
};

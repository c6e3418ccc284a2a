import { Bench, print } from './harness';

const ME_QUERY = '{ me { id email roles agency { id name kind state { code name } } } }';

/** Foundation: authenticated `me` through the gateway against a bare Node handler doing the same work. */
export const meBench: Bench = async (ctx) => {
  await ctx.startProcess('dist/bench/bare-me-server.js', 3901);
  const token = await ctx.signIn('prosecutor.de@demo.example');
  const viaGateway = await ctx.measure('gateway: GraphQL me', { token, query: ME_QUERY });
  print(viaGateway);
  const viaBare = await ctx.measure('bare Node handler: me', { url: 'http://127.0.0.1:3901/', token });
  print(viaBare);
  process.stdout.write(`ratio gateway / bare: ${(viaGateway.rps / viaBare.rps).toFixed(2)} (target >= 0.50)\n`);
  return [viaGateway, viaBare];
};

import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import { AppConfig } from '@app/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, parse } from 'graphql';
import { refreshCookieJar } from '@app/platform';
import { GRAPHQL_SCALARS, GraphQLContext } from '@app/graphql';
import { errorLoggingPlugin, formatError } from './errors';
import { LiveConnections, LiveSocketContext } from './live-connections';
import { requestGuardPlugin } from './request-guard.plugin';

/** Tokens a query document may have; a longer one is refused while it is parsed. */
const MAX_TOKENS = 2000;

/**
 * Apollo settings: limits against abusive queries (graphql-armor, the token limit), the request
 * guard (operation and input checks, see requestGuardPlugin), CSRF prevention, and in
 * production no introspection, no field suggestions and no sandbox. `extraPlugins` (the
 * idempotency-key plugin, which needs the database) run after the error plugin.
 */
export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  extraPlugins: ApolloServerPlugin<GraphQLContext>[] = [],
  live?: LiveConnections,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: 20 },
    // Counted by graphql-js's parser instead (parseOptions below): armor's plugin parses the query
    // again in a hook whose errors Apollo answers as internal ones, syntax errors included.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  // The cost limit alone, for the request guard to apply with the page sizes variables give.
  const costOnly = new ApolloArmor({
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: GRAPHQL_SCALARS,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Off: no client of this API sends them; such requests answer PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    // A throttled sign-in answers HTTP 429 with Retry-After (the status its error asks for);
    // Nest would otherwise reset the status of any answer that has data to 200.
    preserveHttpStatusForExecutionErrors: false,
    // Sign-in and refresh set the console's cookie on the reply. A subscription's context comes
    // from its WebSocket connection (graphql-ws calls this with the connection's context).
    context: (req: FastifyRequest | LiveSocketContext, reply: FastifyReply): GraphQLContext =>
      'connectionInitReceived' in req && live
        ? live.context(req)
        : { req: req as FastifyRequest, refreshCookie: refreshCookieJar(req as FastifyRequest, reply, config.isProduction) },
    // Subscriptions over graphql-ws on the same path, for signed-in users only (LiveConnections).
    subscriptions: live && {
      'graphql-ws': {
        path: '/graphql',
        connectionInitWaitTimeout: 5000,
        onConnect: (ctx: LiveSocketContext) => live.open(ctx),
        // The HTTP side's token limit, before graphql-ws parses the document.
        onSubscribe: (_ctx, _id, { query }) => {
          try {
            parse(query, { maxTokens: MAX_TOKENS });
          } catch (error) {
            return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
          }
        },
        // Refusals (NOT_FOUND ...) carry their codes, and nothing internal leaks, as over HTTP.
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      },
    },
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError,
    plugins: [
      // No HTTP caching of this API's answers; the plugin would otherwise hook every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      requestGuardPlugin(costOnly.validationRules),
      ...armor.plugins,
      errorLoggingPlugin(logger),
      ...extraPlugins,
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  };
}

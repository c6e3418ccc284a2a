import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { RetryLink } from '@apollo/client/link/retry';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { defer, EMPTY, mergeMap, Observable, tap } from 'rxjs';
import { accessToken } from '../session/access-token';
import { reportReachable } from './connectivity';

/** A failure of the transport (no answer, or not GraphQL), as opposed to an answer with errors. */
function isTransportFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 502;
  return !ServerParseError.is(error);
}

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * The console's one GraphQL client: the in-memory access token as a bearer token, a lost
 * connection retried with back-off (queries only: a mutation is never sent twice) and
 * reported to the shell, and `onUnauthenticated` told when the server ends the session.
 */
export function createApolloClient(onUnauthenticated: (operationName: string) => void): ApolloClient {
  const bearer = new SetContextLink((previous) => {
    const token = accessToken();
    return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const retry = new RetryLink({
    delay: { initial: 500, max: 8000, jitter: true },
    attempts: (count, operation, error) =>
      count <= 6 && isTransportFailure(error) && !operation.query.definitions.some((d) => 'operation' in d && d.operation === 'mutation'),
  });
  const watch = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: (result) => {
          reportReachable(true);
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes('UNAUTHENTICATED')) onUnauthenticated(operation.operationName ?? '');
        },
        error: (error: unknown) => reportReachable(!isTransportFailure(error)),
      }),
    ),
  );
  // Subscriptions go over a WebSocket whose code loads with the first of them (after the page).
  let live: Promise<ApolloLink> | null = null;
  const subscriptions = new ApolloLink(
    (operation): Observable<ApolloLink.Result> =>
      defer(() => (live ??= import('./live-link').then(({ liveLink }): ApolloLink => liveLink(() => client)))).pipe(
        mergeMap((link: ApolloLink) => link.request(operation, () => EMPTY)),
      ),
  );
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(isSubscription, subscriptions, ApolloLink.from([retry, watch, bearer, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })])),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return client;
}

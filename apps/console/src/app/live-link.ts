import { ApolloClient } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { accessToken } from '../session/access-token';

/**
 * The subscriptions' transport: graphql-ws on the API's path, opened with the current access
 * token when the first subscription starts and closed after the last ends. The server closes it
 * when the token expires or the session ends; it reopens with the token of that moment, and
 * after any reconnection every query on screen is read again, so a change missed while the
 * connection was down still shows.
 */
export function liveLink(apollo: () => ApolloClient): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: url.toString(),
      connectionParams: () => ({ authorization: `Bearer ${accessToken() ?? ''}` }),
      lazy: true,
      retryAttempts: Infinity,
      // Closed for an expired token or an ended session: try again, with the token of the moment.
      shouldRetry: () => accessToken() !== null,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void apollo().refetchQueries({ include: 'active' });
        },
      },
    }),
  );
}

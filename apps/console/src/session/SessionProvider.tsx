import { ApolloClient } from '@apollo/client';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionFieldsFragment } from '../gql/graphql';
import { setAccessToken } from './access-token';
import { onSessionRejected } from './rejections';
import { RefreshSessionDocument, SignInDocument, SignOutDocument } from '../gql/graphql';

export type SessionUser = SessionFieldsFragment['user'];
export type EndReason = 'idle' | 'expired' | 'signedOut';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason?: EndReason }
  | { status: 'signed-in'; user: SessionUser; idleLockSeconds: number };

export interface Session {
  state: SessionState;
  /** `oneTimeCode` for an account with a second factor (the server answers SECOND_FACTOR_REQUIRED without it). */
  signIn(email: string, password: string, oneTimeCode?: string): Promise<void>;
  signOut(reason: EndReason): Promise<void>;
  /** The server no longer accepts the access token: try the cookie once, else end the session. */
  renew(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

// Tabs tell each other that the session began or ended (never any token or data).
const CHANNEL = 'cbc-session';
// Renew the access token this long before it expires.
const RENEW_AHEAD_MS = 60_000;

/** Runs `work` while no other tab renews: a refresh token is single-use, so two at once would end the session. */
async function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (!navigator.locks) return work();
  return (await navigator.locks.request('cbc-session-renewal', work)) as T;
}

export function SessionProvider({ client, children }: { client: ApolloClient; children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const renewTimer = useRef<number | undefined>(undefined);
  const channel = useMemo(() => new BroadcastChannel(CHANNEL), []);

  const forget = useCallback(
    async (reason?: EndReason) => {
      window.clearTimeout(renewTimer.current);
      setAccessToken(null);
      await client.clearStore();
      setState({ status: 'signed-out', reason });
    },
    [client],
  );

  const begin = useCallback((session: SessionFieldsFragment, renew: () => void) => {
    setAccessToken(session.accessToken);
    window.clearTimeout(renewTimer.current);
    const wait = Math.max(5_000, new Date(session.accessTokenExpiresAt).getTime() - Date.now() - RENEW_AHEAD_MS);
    renewTimer.current = window.setTimeout(renew, wait);
    setState({ status: 'signed-in', user: session.user, idleLockSeconds: session.idleLockSeconds });
  }, []);

  const renew = useCallback(async (): Promise<void> => {
    const renewed = await oneTabAtATime(() =>
      client.mutate({ mutation: RefreshSessionDocument, fetchPolicy: 'no-cache' }).then(
        (result) => result.data?.refreshSession ?? null,
        () => null,
      ),
    );
    if (renewed) begin(renewed, () => void renew());
    else await forget(state.status === 'checking' ? undefined : 'expired');
  }, [begin, client, forget, state.status]);

  const signIn = useCallback(
    async (email: string, password: string, oneTimeCode?: string) => {
      const result = await client.mutate({ mutation: SignInDocument, variables: { input: { email, password, oneTimeCode } }, fetchPolicy: 'no-cache' });
      if (!result.data) throw result.error ?? new Error('sign-in failed');
      begin(result.data.signIn, () => void renew());
      channel.postMessage('signed-in');
    },
    [begin, channel, client, renew],
  );

  const signOut = useCallback(
    async (reason: EndReason) => {
      await client.mutate({ mutation: SignOutDocument }).catch(() => undefined);
      channel.postMessage('signed-out');
      await forget(reason);
    },
    [channel, client, forget],
  );

  // On load, the cookie (if any) restores the session: a reload keeps the user signed in.
  useEffect(() => {
    void renew();
    // Once per page load, whatever renew becomes later.
  }, []);

  useEffect(() => {
    channel.onmessage = (event: MessageEvent<string>) => {
      if (event.data === 'signed-out') void forget('signedOut');
      if (event.data === 'signed-in' && state.status !== 'signed-in') void renew();
    };
  }, [channel, forget, renew, state.status]);

  useEffect(() => () => channel.close(), [channel]);

  useEffect(() => onSessionRejected(() => void renew()), [renew]);

  const session = useMemo<Session>(() => ({ state, signIn, signOut, renew }), [state, signIn, signOut, renew]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user (for pages that only render once signed in). */
export function useSignedInUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInUser while signed out');
  return state.user;
}

import { graphql } from '../gql';

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    idleLockSeconds
    user {
      id
      displayName
      email
      roles
      passwordChangeRequired
      secondFactorRequired
      secondFactorEnrolled
      agency {
        id
        name
        kind
        state {
          code
          name
        }
      }
    }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...SessionFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

import { graphql } from '../gql';

export const AGENCY_USERS = graphql(`
  query AgencyUsers($first: Int!, $after: String, $status: AccountStatus) {
    agencyUsers(first: $first, after: $after, status: $status) {
      edges {
        node {
          id
          displayName
          email
          roles
          status
          lockedUntil
          secondFactorEnrolled
          lastSignInAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// One user as its page shows it; every command on a user answers it, so the cache stays right.
export const AGENCY_USER_FIELDS = graphql(`
  fragment AgencyUserFields on User {
    id
    displayName
    email
    roles
    status
    disabled
    lockedUntil
    secondFactorEnrolled
    passwordChangeRequired
    lastSignInAt
  }
`);

export const AGENCY_USER = graphql(`
  query AgencyUser($id: ID!) {
    agencyUser(id: $id) {
      ...AgencyUserFields
    }
  }
`);

export const ENROL_USER = graphql(`
  mutation EnrolUser($input: EnrolUserInput!) {
    enrolUser(input: $input) {
      setPasswordToken
      setPasswordExpiresAt
      user {
        ...AgencyUserFields
      }
    }
  }
`);

export const GRANT_ROLES = graphql(`
  mutation GrantRoles($input: ChangeRolesInput!) {
    grantRoles(input: $input) {
      ...AgencyUserFields
    }
  }
`);

export const REVOKE_ROLES = graphql(`
  mutation RevokeRoles($input: ChangeRolesInput!) {
    revokeRoles(input: $input) {
      ...AgencyUserFields
    }
  }
`);

export const DISABLE_USER = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      ...AgencyUserFields
    }
  }
`);

export const ENABLE_USER = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      ...AgencyUserFields
    }
  }
`);

export const UNLOCK_USER = graphql(`
  mutation UnlockUser($userId: ID!) {
    unlockUser(userId: $userId) {
      ...AgencyUserFields
    }
  }
`);

export const RESET_USER_PASSWORD = graphql(`
  mutation ResetUserPassword($userId: ID!) {
    resetUserPassword(userId: $userId) {
      password
    }
  }
`);

export const SET_PASSWORD_WITH_LINK = graphql(`
  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {
    setPasswordWithLink(token: $token, newPassword: $newPassword)
  }
`);

/** Mails to the agency's users the SMTP server never took, newest first (mailDeliveryFailures). */
export const MAIL_DELIVERY_FAILURES = graphql(`
  query MailDeliveryFailures {
    mailDeliveryFailures(first: 20) {
      id
      kind
      recipientName
      recipientEmail
      attempts
      lastError
      failedAt
    }
  }
`);

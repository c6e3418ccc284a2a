import { graphql } from '../gql';

/** Everything My desk shows, in one request; each part only for the roles that have it. */
export const DESK = graphql(`
  query Desk($mla: Boolean!, $cases: Boolean!) {
    waiting: mlaRequests(
      first: 30
      filter: {
        statuses: [SUBMITTED, FORWARDED, ACKNOWLEDGED, IN_EXECUTION, POSTPONED, PARTIALLY_EXECUTED, ADDITIONAL_INFO_REQUESTED]
      }
    ) @include(if: $mla) {
      edges {
        node {
          ...DeskRequest
        }
      }
    }
    recentMatches(first: 10) @include(if: $cases) {
      id
      caseId
      caseReference
      identifierType
      foundAt
      otherAgency {
        name
        stateName
      }
      contact {
        displayName
        email
      }
    }
    sharedCases(first: 50) @include(if: $cases) {
      edges {
        node {
          id
          acknowledgedAt
          sharedAt
          handlingCode
          ownerAgency {
            name
            stateName
          }
        }
      }
    }
    notifications(first: 10, unreadOnly: true) {
      edges {
        node {
          id
          kind
          subjectId
          createdAt
        }
      }
    }
  }

  fragment DeskRequest on MlaRequest {
    id
    reference
    status
    urgent
    overdue
    requesting {
      agencyId
      stateCode
    }
    requested {
      agencyId
      stateCode
    }
    deadlines {
      kind
      dueAt
      overdue
      running
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

import { graphql } from '../gql';

export const CARD_FIELDS = graphql(`
  fragment SharedCard on CaseShare {
    id
    summary
    contactPoint
    handlingCode
    handlingRestriction
    sharedAt
    expiresAt
    acknowledgedAt
    ownerAgency {
      id
      name
      stateName
    }
  }
`);

export const SHARED_CASES = graphql(`
  query SharedCases($first: Int, $after: String) {
    sharedCases(first: $first, after: $after) {
      edges {
        node {
          ...SharedCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SHARED_CASE = graphql(`
  query SharedCase($id: ID!) {
    sharedCase(id: $id) {
      ...SharedCard
    }
  }
`);

export const ACKNOWLEDGE_CARD = graphql(`
  mutation AcknowledgeCaseShare($id: ID!) {
    acknowledgeCaseShare(id: $id) {
      ...SharedCard
    }
  }
`);

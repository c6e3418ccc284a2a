import { graphql } from '../gql';

export const CASES = graphql(`
  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          nationalReference
          title
          status
          formsOfExploitation
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CASE_DETAILS = graphql(`
  fragment CaseDetails on Case {
    id
    nationalReference
    title
    status
    formsOfExploitation
    childVictims
    organisedCrimeGroup
    financialInvestigation
    version
    updatedAt
  }
`);

export const CASE = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetails
      identifiers {
        id
        type
        value
        role
        note
      }
    }
    matches(caseId: $id) {
      id
      identifierType
      foundAt
      otherAgency {
        id
        name
        stateCode
        stateName
      }
      contact {
        displayName
        email
      }
    }
    caseShares(caseId: $id) {
      id
      handlingCode
      handlingRestriction
      sharedAt
      acknowledgedAt
      revokedAt
      expiresAt
      recipientAgency {
        name
        stateName
      }
    }
  }
`);

export const CREATE_CASE = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      ...CaseDetails
    }
  }
`);

export const UPDATE_CASE = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      ...CaseDetails
    }
  }
`);

export const ADD_IDENTIFIER = graphql(`
  mutation AddIdentifier($input: AddIdentifierInput!) {
    addIdentifier(input: $input) {
      id
    }
  }
`);

export const REMOVE_IDENTIFIER = graphql(`
  mutation RemoveIdentifier($id: ID!) {
    removeIdentifier(id: $id)
  }
`);

export const REQUEST_DISCLOSURE = graphql(`
  mutation RequestDisclosure($matchId: ID!, $message: String!) {
    requestDisclosure(matchId: $matchId, message: $message)
  }
`);

export const SHARE_CASE = graphql(`
  mutation ShareCase($input: ShareCaseInput!) {
    shareCase(input: $input) {
      id
    }
  }
`);

export const REVOKE_SHARE = graphql(`
  mutation RevokeCaseShare($id: ID!) {
    revokeCaseShare(id: $id) {
      id
      revokedAt
    }
  }
`);

export const RECIPIENTS = graphql(`
  query ShareRecipients {
    states {
      code
      name
    }
    agencies {
      id
      name
      kind
      state {
        code
      }
    }
  }
`);

export const CASE_STORY = graphql(`
  query CaseStory($caseId: ID!, $caseReference: String!) {
    mlaRequests(first: 50, filter: { caseId: $caseId }) {
      edges {
        node {
          id
          reference
          status
          requested {
            agencyName
            stateCode
          }
        }
      }
    }
    handoffs(first: 50, filter: { caseReference: $caseReference }) {
      edges {
        node {
          id
          victimCode
          status
          proposedAt
          receivingAgency {
            name
            state {
              name
            }
          }
        }
      }
    }
  }
`);

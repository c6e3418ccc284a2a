import { graphql } from '../gql';

/** What a list row shows: status, the other side, deadlines with their marks. */
export const MLA_REQUESTS = graphql(`
  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {
    mlaRequests(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          reference
          status
          closed
          urgent
          overdue
          requesting {
            agencyId
            agencyName
            stateCode
          }
          requested {
            agencyId
            agencyName
            stateCode
          }
          deadlines {
            kind
            dueAt
            running
            overdue
          }
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

export const MLA_REQUEST_FIELDS = graphql(`
  fragment MlaRequestFields on MlaRequest {
    id
    reference
    status
    closed
    version
    availableActions
    requesting {
      agencyId
      agencyName
      stateCode
    }
    requested {
      agencyId
      agencyName
      stateCode
    }
    caseId
    legalBasis
    treatyName
    measures {
      id
      kind
      details
      outcome
      ground
      note
    }
    factsSummary
    offences
    personsConcerned
    urgent
    urgencyReason
    confidential
    language
    infoQuestion
    postponedReason
    postponedUntil
    refusalGround
    refusalGroundText
    refusalReasons
    extensionDays
    extensionReason
    submittedAt
    receivedAt
    deadlines {
      kind
      dueAt
      running
      overdue
    }
    overdue
    history {
      action
      fromStatus
      toStatus
      actorAgencyId
      at
      comment
    }
    messages {
      id
      authorAgencyId
      body
      createdAt
    }
    documents {
      id
      messageId
      fileName
      mediaType
      sizeBytes
      sha256
      uploadedAgencyId
      createdAt
    }
  }
`);

export const MLA_REQUEST = graphql(`
  query MlaRequest($id: ID!) {
    mlaRequest(id: $id) {
      ...MlaRequestFields
    }
  }
`);

/** Each committed change of the request, the other side's included: the page reads it again. */
export const MLA_REQUEST_CHANGED = graphql(`
  subscription MlaRequestChanged($id: ID!) {
    mlaRequestChanged(id: $id) {
      requestId
    }
  }
`);

export const TRANSITION_MLA_REQUEST = graphql(`
  mutation TransitionMlaRequest($input: MlaTransitionInput!) {
    transitionMlaRequest(input: $input) {
      ...MlaRequestFields
    }
  }
`);

export const CREATE_MLA_REQUEST = graphql(`
  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {
    createMlaRequest(input: $input) {
      id
      version
    }
  }
`);

export const POST_MLA_MESSAGE = graphql(`
  mutation PostMlaMessage($input: PostMlaMessageInput!) {
    postMlaMessage(input: $input) {
      id
    }
  }
`);

/** Agencies and States to address a request to, forward it to, or filter by. */
export const MLA_DIRECTORY = graphql(`
  query MlaDirectory {
    states {
      code
      name
    }
    agencies {
      id
      kind
      name
      state {
        code
        name
      }
    }
  }
`);

/** The caller's own cases, to link a request to one. */
export const OWN_CASES = graphql(`
  query MlaOwnCases {
    cases(first: 100) {
      edges {
        node {
          id
          nationalReference
          title
        }
      }
    }
  }
`);

export const UPDATE_MLA_DRAFT = graphql(`
  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {
    updateMlaDraft(input: $input) {
      ...MlaRequestFields
    }
  }
`);

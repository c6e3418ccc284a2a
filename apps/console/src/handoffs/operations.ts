import { graphql } from '../gql';

// The two agencies of a handoff as its page names them. (The list writes the fields out: the
// cost limit counts a fragment as one more level, which a page of 100 cannot afford.)
export const HANDOFF_AGENCY = graphql(`
  fragment HandoffAgency on Agency {
    id
    name
    state {
      code
      name
    }
  }
`);

export const HANDOFFS = graphql(`
  query Handoffs($first: Int!, $after: String, $filter: HandoffFilter) {
    handoffs(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          victimCode
          status
          urgent
          exploitationForm
          overdue
          acceptanceDueAt
          proposedAt
          referringAgency {
            id
            name
            state {
              code
              name
            }
          }
          receivingAgency {
            id
            name
            state {
              code
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const HANDOFF_FIELDS = graphql(`
  fragment HandoffFields on Handoff {
    id
    victimCode
    view
    status
    version
    availableActions
    linkedCaseReference
    proposedAt
    acceptanceDueAt
    overdue
    acceptedAt
    declinedAt
    declineReason
    startedAt
    completedAt
    withdrawnAt
    withdrawalReason
    urgent
    minor
    nonPunishment
    exploitationForm
    identifiedAt
    reflectionPeriodEndsAt
    riskAssessedAt
    riskLevel
    guardianAppointedAt
    bestInterestAssessedAt
    needs {
      need
      note
    }
    consent {
      scope
      basis
      givenAt
      withdrawnAt
      explainedBy
      language
    }
    referringAgency {
      ...HandoffAgency
    }
    receivingAgency {
      ...HandoffAgency
    }
    services {
      id
      need
      note
      deliveredAt
    }
    identityReveals {
      revealedAt
      revealedBy
      agencyId
      purpose
    }
    messages {
      id
      authorAgencyId
      body
      sentAt
    }
    documents {
      id
      kind
      fileName
      mediaType
      sizeBytes
      sha256
      createdAt
    }
  }
`);

/** Each committed change of the handoff, the other side's included (consent allowing): the page reads it again. */
export const HANDOFF_CHANGED = graphql(`
  subscription HandoffChanged($id: ID!) {
    handoffChanged(id: $id) {
      handoffId
    }
  }
`);

export const HANDOFF = graphql(`
  query Handoff($id: ID!) {
    handoff(id: $id) {
      ...HandoffFields
    }
  }
`);

export const TRANSITION_HANDOFF = graphql(`
  mutation TransitionHandoff($input: TransitionHandoffInput!) {
    transitionHandoff(input: $input) {
      ...HandoffFields
    }
  }
`);

export const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawHandoffConsent($input: WithdrawConsentInput!) {
    withdrawHandoffConsent(input: $input) {
      ...HandoffFields
    }
  }
`);

export const RECORD_SAFEGUARD = graphql(`
  mutation RecordHandoffSafeguard($input: RecordSafeguardInput!) {
    recordHandoffSafeguard(input: $input) {
      ...HandoffFields
    }
  }
`);

export const LOG_SERVICE = graphql(`
  mutation LogHandoffService($input: LogHandoffServiceInput!) {
    logHandoffService(input: $input) {
      ...HandoffFields
    }
  }
`);

export const SEND_HANDOFF_MESSAGE = graphql(`
  mutation SendHandoffMessage($input: SendHandoffMessageInput!) {
    sendHandoffMessage(input: $input) {
      ...HandoffFields
    }
  }
`);

export const REVEAL_IDENTITY = graphql(`
  mutation RevealVictimIdentity($handoffId: ID!, $purpose: String!, $oneTimeCode: String) {
    revealVictimIdentity(handoffId: $handoffId, purpose: $purpose, oneTimeCode: $oneTimeCode) {
      familyName
      givenNames
      dateOfBirth
      nationality
      languages
      contact
    }
  }
`);

export const PROPOSE_HANDOFF = graphql(`
  mutation ProposeHandoff($input: ProposeHandoffInput!) {
    proposeHandoff(input: $input) {
      id
    }
  }
`);

export const SUPPORT_AGENCIES = graphql(`
  query SupportAgencies {
    agencies {
      id
      name
      kind
      state {
        code
        name
      }
    }
  }
`);

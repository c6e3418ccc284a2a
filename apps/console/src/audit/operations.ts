import { graphql } from '../gql';

// The list writes its fields out, flat: the cost limit counts a fragment as one more level.
export const AUDIT_EVENTS = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilterInput) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          occurredAt
          actorUserId
          actorState
          action
          outcome
          targetType
          targetId
          targetState
          purpose
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AUDIT_EVENT = graphql(`
  query AuditEvent($id: String!) {
    auditEvent(id: $id) {
      id
      occurredAt
      actorUserId
      actorAgencyId
      actorState
      action
      outcome
      targetType
      targetId
      targetState
      requestId
      purpose
      recipients
      details {
        key
        value
      }
    }
  }
`);

export const AUDIT_CHAIN_STATE = graphql(`
  query AuditChainState($verify: Boolean!) {
    auditChainState(verify: $verify) {
      sealedEvents
      pendingEvents
      verified
      intact
      checkpointsVerified
      firstBroken {
        position
        eventId
        reason
      }
      latestCheckpoint {
        signedAt
        position
        eventId
        signatureValid
        matchesChain
      }
    }
  }
`);

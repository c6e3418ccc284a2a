import { AuditCheckpointState, AuditEventFilter } from '@app/audit';

/** One detail of an event, its value as text. */
export interface AuditDetailView {
  key: string;
  value: string | null;
}

/** An event of the trail as an auditor reads it. */
export interface AuditEventView {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorAgencyId: string | null;
  actorState: string | null;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  targetState: string | null;
  requestId: string | null;
  purpose: string | null;
  recipients: string[] | null;
  details: AuditDetailView[];
}

export interface AuditEventsQuery {
  first?: number | null;
  after?: string | null;
  filter?: AuditEventFilter | null;
}

/** The first broken link of the chain. */
export interface AuditChainBreakView {
  position: number | null;
  eventId: string | null;
  reason: string;
}

/** The state of the tamper-evident chain of the whole trail. */
export interface AuditChainStateView {
  sealedEvents: number;
  pendingEvents: number;
  latestCheckpoint: AuditCheckpointState | null;
  verified: boolean;
  intact: boolean | null;
  checkpointsVerified: number | null;
  firstBroken: AuditChainBreakView | null;
}

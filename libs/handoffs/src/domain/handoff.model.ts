/** The vocabulary of a handoff (DESIGN.md "Handoff"); plain enums, shared by rules, storage and the API. */
export enum HandoffStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum HandoffAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  START = 'START',
  COMPLETE = 'COMPLETE',
  WITHDRAW = 'WITHDRAW',
}

/** Which of the two agencies the actor speaks for. */
export enum HandoffSide {
  REFERRING = 'REFERRING',
  RECEIVING = 'RECEIVING',
}

export enum ConsentScope {
  ASSISTANCE_ONLY = 'ASSISTANCE_ONLY',
  SHARE_WITH_LAW_ENFORCEMENT = 'SHARE_WITH_LAW_ENFORCEMENT',
  CRIMINAL_PROCEEDINGS = 'CRIMINAL_PROCEEDINGS',
}

/** Who agreed: the victim, or for a minor the guardian or a best-interest decision standing in. */
export enum ConsentBasis {
  VICTIM = 'VICTIM',
  GUARDIAN_AGREEMENT = 'GUARDIAN_AGREEMENT',
  BEST_INTEREST_DECISION = 'BEST_INTEREST_DECISION',
}

export enum VictimNeed {
  SHELTER = 'SHELTER',
  MEDICAL = 'MEDICAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  LEGAL_AID = 'LEGAL_AID',
  INTERPRETATION = 'INTERPRETATION',
  REFLECTION_PERIOD = 'REFLECTION_PERIOD',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  COMPENSATION_CLAIM = 'COMPENSATION_CLAIM',
  SAFE_RETURN = 'SAFE_RETURN',
  REINTEGRATION = 'REINTEGRATION',
}

/** Assessments recorded on a handoff before it may move on. */
export enum Safeguard {
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  GUARDIAN_APPOINTED = 'GUARDIAN_APPOINTED',
  BEST_INTEREST_ASSESSMENT = 'BEST_INTEREST_ASSESSMENT',
}

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** What a document on a handoff is. */
export enum HandoffDocumentKind {
  CONSENT_FORM = 'CONSENT_FORM',
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  MEDICAL = 'MEDICAL',
  LEGAL = 'LEGAL',
  OTHER = 'OTHER',
}

/** How much of a handoff the caller sees. */
export enum HandoffViewKind {
  /** A victim coordinator of one of the two agencies: everything but the identity, which needs a reveal. */
  COORDINATOR = 'COORDINATOR',
  /** Police or prosecutors of the two States, under a consent scope that allows it. */
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
}

/** A list's direction, relative to the caller's agency (police and prosecutors: their State). */
export enum HandoffDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgencyKind =
  | 'CENTRAL_AUTHORITY'
  | 'FINANCIAL_INTELLIGENCE_UNIT'
  | 'LABOUR_INSPECTORATE'
  | 'POLICE'
  | 'PROSECUTION_SERVICE'
  | 'VICTIM_SUPPORT_SERVICE';

export type CreateMlaRequestInput = {
  /** One of the requesting agency's own cases */
  caseId?: string | number | null | undefined;
  confidential?: boolean | null | undefined;
  factsSummary?: string | null | undefined;
  /** Language of the request, ISO 639-1 (e.g. en, ro) */
  language?: string | null | undefined;
  legalBasis?: MlaLegalBasis | null | undefined;
  measures?: Array<MlaMeasureInput> | null | undefined;
  offences?: Array<string> | null | undefined;
  personsConcerned?: string | null | undefined;
  /** A central authority or prosecution service of another State */
  requestedAgencyId: string | number;
  /** Required for BILATERAL_TREATY */
  treatyName?: string | null | undefined;
  /** Required when urgent */
  urgencyReason?: string | null | undefined;
  urgent?: boolean | null | undefined;
};

export type MlaAction =
  | 'ACKNOWLEDGE'
  | 'ANSWER'
  | 'CLOSE'
  | 'EXTEND_DEADLINE'
  | 'FORWARD'
  | 'POSTPONE'
  | 'RECORD_CONSULTATION'
  | 'RECORD_OUTCOMES'
  | 'REFUSE'
  | 'REQUEST_INFO'
  | 'RESUME'
  | 'START_EXECUTION'
  | 'SUBMIT'
  | 'WITHDRAW';

export type MlaDeadlineKind =
  | 'ACKNOWLEDGEMENT'
  | 'DECISION'
  | 'EXECUTION';

export type MlaDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type MlaLegalBasis =
  | 'BILATERAL_TREATY'
  | 'COE_1959_CONVENTION'
  | 'EIO_DIRECTIVE'
  | 'RECIPROCITY'
  | 'UNTOC_ART18';

export type MlaMeasureInput = {
  /** What is sought, e.g. the account and period */
  details: string;
  kind: MlaMeasureKind;
};

export type MlaMeasureKind =
  | 'BANK_RECORDS'
  | 'CONTROLLED_DELIVERY'
  | 'DOCUMENTS'
  | 'FREEZING_OF_ASSETS'
  | 'HEARING_OF_SUSPECT'
  | 'HEARING_OF_VICTIM'
  | 'HEARING_OF_WITNESS'
  | 'JOINT_INVESTIGATION_TEAM'
  | 'OTHER'
  | 'SEARCH_AND_SEIZURE'
  | 'TELECOM_DATA';

export type MlaMeasureOutcome =
  | 'EXECUTED'
  | 'NOT_POSSIBLE'
  | 'PENDING'
  | 'REFUSED';

export type MlaMeasureOutcomeInput = {
  /** Required when REFUSED */
  ground?: MlaRefusalGround | null | undefined;
  measureId: string | number;
  note?: string | null | undefined;
  outcome: MlaMeasureOutcome;
};

export type MlaRefusalGround =
  | 'COE_2_A_POLITICAL_OR_FISCAL_OFFENCE'
  | 'COE_2_B_ESSENTIAL_INTERESTS'
  | 'DUAL_CRIMINALITY'
  | 'EIO_11_1_A_IMMUNITY_OR_PRIVILEGE'
  | 'EIO_11_1_B_NATIONAL_SECURITY'
  | 'EIO_11_1_C_NOT_AUTHORISED_IN_DOMESTIC_CASE'
  | 'EIO_11_1_D_NE_BIS_IN_IDEM'
  | 'EIO_11_1_E_TERRITORIALITY'
  | 'EIO_11_1_F_FUNDAMENTAL_RIGHTS'
  | 'EIO_11_1_G_DUAL_CRIMINALITY'
  | 'EIO_11_1_H_MEASURE_RESTRICTED'
  | 'ESSENTIAL_INTERESTS'
  | 'NE_BIS_IN_IDEM'
  | 'OTHER'
  | 'POLITICAL_OFFENCE'
  | 'UNTOC_18_21_A_NOT_IN_CONFORMITY'
  | 'UNTOC_18_21_B_ESSENTIAL_INTERESTS'
  | 'UNTOC_18_21_C_PROHIBITED_FOR_SIMILAR_OFFENCE'
  | 'UNTOC_18_21_D_CONTRARY_TO_LEGAL_SYSTEM';

export type MlaRequestFilter = {
  /** Both when omitted */
  direction?: MlaDirection | null | undefined;
  overdue?: boolean | null | undefined;
  /** The State of the other side */
  stateCode?: string | null | undefined;
  statuses?: Array<MlaStatus> | null | undefined;
  updatedSince?: string | null | undefined;
};

export type MlaStatus =
  | 'ACKNOWLEDGED'
  | 'ADDITIONAL_INFO_REQUESTED'
  | 'DRAFT'
  | 'EXECUTED'
  | 'FORWARDED'
  | 'IN_EXECUTION'
  | 'PARTIALLY_EXECUTED'
  | 'POSTPONED'
  | 'REFUSED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type MlaTransitionInput = {
  action: MlaAction;
  /** ANSWER */
  answer?: string | null | undefined;
  /** Kept in the history; required for RECORD_CONSULTATION */
  comment?: string | null | undefined;
  expectedVersion: number;
  /** EXTEND_DEADLINE: days (EIO: at most 30) */
  extensionDays?: number | null | undefined;
  /** FORWARD: a competent agency of the same State */
  forwardToAgencyId?: string | number | null | undefined;
  /** REFUSE: a ground that fits the legal basis */
  ground?: MlaRefusalGround | null | undefined;
  /** REFUSE with ground OTHER */
  groundText?: string | null | undefined;
  id: string | number;
  /** RECORD_OUTCOMES */
  outcomes?: Array<MlaMeasureOutcomeInput> | null | undefined;
  /** REQUEST_INFO */
  question?: string | null | undefined;
  /** POSTPONE, EXTEND_DEADLINE; the reasons of a REFUSE */
  reason?: string | null | undefined;
  /** POSTPONE: until when */
  until?: string | null | undefined;
};

export type PostMlaMessageInput = {
  body: string;
  requestId: string | number;
};

export type Role =
  | 'AGENCY_ADMIN'
  | 'AUDITOR'
  | 'CENTRAL_AUTHORITY_OFFICER'
  | 'LIAISON_OFFICER'
  | 'PLATFORM_ADMIN'
  | 'PROSECUTOR'
  | 'VICTIM_COORDINATOR';

export type SignInInput = {
  email: string;
  password: string;
};

export type UpdateMlaDraftInput = {
  /** One of the requesting agency's own cases */
  caseId?: string | number | null | undefined;
  confidential?: boolean | null | undefined;
  expectedVersion: number;
  factsSummary?: string | null | undefined;
  id: string | number;
  /** Language of the request, ISO 639-1 (e.g. en, ro) */
  language?: string | null | undefined;
  legalBasis?: MlaLegalBasis | null | undefined;
  measures?: Array<MlaMeasureInput> | null | undefined;
  offences?: Array<string> | null | undefined;
  personsConcerned?: string | null | undefined;
  /** Required for BILATERAL_TREATY */
  treatyName?: string | null | undefined;
  /** Required when urgent */
  urgencyReason?: string | null | undefined;
  urgent?: boolean | null | undefined;
};

export type MlaRequestsQueryVariables = Exact<{
  filter?: MlaRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MlaRequestsQuery = { mlaRequests: { edges: Array<{ node: { id: string, reference: string, status: MlaStatus, closed: boolean, urgent: boolean, overdue: boolean, updatedAt: string, requesting: { agencyId: string, agencyName: string, stateCode: string }, requested: { agencyId: string, agencyName: string, stateCode: string }, deadlines: Array<{ kind: MlaDeadlineKind, dueAt: string, running: boolean, overdue: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MlaRequestFieldsFragment = { id: string, reference: string, status: MlaStatus, closed: boolean, version: number, availableActions: Array<MlaAction>, caseId: string | null, legalBasis: MlaLegalBasis | null, treatyName: string | null, factsSummary: string | null, offences: Array<string>, personsConcerned: string | null, urgent: boolean, urgencyReason: string | null, confidential: boolean, language: string | null, infoQuestion: string | null, postponedReason: string | null, postponedUntil: string | null, refusalGround: MlaRefusalGround | null, refusalGroundText: string | null, refusalReasons: string | null, extensionDays: number, extensionReason: string | null, submittedAt: string | null, receivedAt: string | null, overdue: boolean, requesting: { agencyId: string, agencyName: string, stateCode: string }, requested: { agencyId: string, agencyName: string, stateCode: string }, measures: Array<{ id: string, kind: MlaMeasureKind, details: string, outcome: MlaMeasureOutcome, ground: MlaRefusalGround | null, note: string | null }>, deadlines: Array<{ kind: MlaDeadlineKind, dueAt: string, running: boolean, overdue: boolean }>, history: Array<{ action: string, fromStatus: MlaStatus | null, toStatus: MlaStatus, actorAgencyId: string, at: string, comment: string | null }>, messages: Array<{ id: string, authorAgencyId: string, body: string, createdAt: string }>, documents: Array<{ id: string, messageId: string | null, fileName: string, mediaType: string, sizeBytes: number, sha256: string, uploadedAgencyId: string, createdAt: string }> };

export type MlaRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type MlaRequestQuery = { mlaRequest: { id: string, reference: string, status: MlaStatus, closed: boolean, version: number, availableActions: Array<MlaAction>, caseId: string | null, legalBasis: MlaLegalBasis | null, treatyName: string | null, factsSummary: string | null, offences: Array<string>, personsConcerned: string | null, urgent: boolean, urgencyReason: string | null, confidential: boolean, language: string | null, infoQuestion: string | null, postponedReason: string | null, postponedUntil: string | null, refusalGround: MlaRefusalGround | null, refusalGroundText: string | null, refusalReasons: string | null, extensionDays: number, extensionReason: string | null, submittedAt: string | null, receivedAt: string | null, overdue: boolean, requesting: { agencyId: string, agencyName: string, stateCode: string }, requested: { agencyId: string, agencyName: string, stateCode: string }, measures: Array<{ id: string, kind: MlaMeasureKind, details: string, outcome: MlaMeasureOutcome, ground: MlaRefusalGround | null, note: string | null }>, deadlines: Array<{ kind: MlaDeadlineKind, dueAt: string, running: boolean, overdue: boolean }>, history: Array<{ action: string, fromStatus: MlaStatus | null, toStatus: MlaStatus, actorAgencyId: string, at: string, comment: string | null }>, messages: Array<{ id: string, authorAgencyId: string, body: string, createdAt: string }>, documents: Array<{ id: string, messageId: string | null, fileName: string, mediaType: string, sizeBytes: number, sha256: string, uploadedAgencyId: string, createdAt: string }> } };

export type TransitionMlaRequestMutationVariables = Exact<{
  input: MlaTransitionInput;
}>;


export type TransitionMlaRequestMutation = { transitionMlaRequest: { id: string, reference: string, status: MlaStatus, closed: boolean, version: number, availableActions: Array<MlaAction>, caseId: string | null, legalBasis: MlaLegalBasis | null, treatyName: string | null, factsSummary: string | null, offences: Array<string>, personsConcerned: string | null, urgent: boolean, urgencyReason: string | null, confidential: boolean, language: string | null, infoQuestion: string | null, postponedReason: string | null, postponedUntil: string | null, refusalGround: MlaRefusalGround | null, refusalGroundText: string | null, refusalReasons: string | null, extensionDays: number, extensionReason: string | null, submittedAt: string | null, receivedAt: string | null, overdue: boolean, requesting: { agencyId: string, agencyName: string, stateCode: string }, requested: { agencyId: string, agencyName: string, stateCode: string }, measures: Array<{ id: string, kind: MlaMeasureKind, details: string, outcome: MlaMeasureOutcome, ground: MlaRefusalGround | null, note: string | null }>, deadlines: Array<{ kind: MlaDeadlineKind, dueAt: string, running: boolean, overdue: boolean }>, history: Array<{ action: string, fromStatus: MlaStatus | null, toStatus: MlaStatus, actorAgencyId: string, at: string, comment: string | null }>, messages: Array<{ id: string, authorAgencyId: string, body: string, createdAt: string }>, documents: Array<{ id: string, messageId: string | null, fileName: string, mediaType: string, sizeBytes: number, sha256: string, uploadedAgencyId: string, createdAt: string }> } };

export type CreateMlaRequestMutationVariables = Exact<{
  input: CreateMlaRequestInput;
}>;


export type CreateMlaRequestMutation = { createMlaRequest: { id: string, version: number } };

export type PostMlaMessageMutationVariables = Exact<{
  input: PostMlaMessageInput;
}>;


export type PostMlaMessageMutation = { postMlaMessage: { id: string } };

export type MlaDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MlaDirectoryQuery = { states: Array<{ code: string, name: string }>, agencies: Array<{ id: string, kind: AgencyKind, name: string, state: { code: string, name: string } }> };

export type MlaOwnCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MlaOwnCasesQuery = { cases: { edges: Array<{ node: { id: string, nationalReference: string, title: string } }> } };

export type UpdateMlaDraftMutationVariables = Exact<{
  input: UpdateMlaDraftInput;
}>;


export type UpdateMlaDraftMutation = { updateMlaDraft: { id: string, reference: string, status: MlaStatus, closed: boolean, version: number, availableActions: Array<MlaAction>, caseId: string | null, legalBasis: MlaLegalBasis | null, treatyName: string | null, factsSummary: string | null, offences: Array<string>, personsConcerned: string | null, urgent: boolean, urgencyReason: string | null, confidential: boolean, language: string | null, infoQuestion: string | null, postponedReason: string | null, postponedUntil: string | null, refusalGround: MlaRefusalGround | null, refusalGroundText: string | null, refusalReasons: string | null, extensionDays: number, extensionReason: string | null, submittedAt: string | null, receivedAt: string | null, overdue: boolean, requesting: { agencyId: string, agencyName: string, stateCode: string }, requested: { agencyId: string, agencyName: string, stateCode: string }, measures: Array<{ id: string, kind: MlaMeasureKind, details: string, outcome: MlaMeasureOutcome, ground: MlaRefusalGround | null, note: string | null }>, deadlines: Array<{ kind: MlaDeadlineKind, dueAt: string, running: boolean, overdue: boolean }>, history: Array<{ action: string, fromStatus: MlaStatus | null, toStatus: MlaStatus, actorAgencyId: string, at: string, comment: string | null }>, messages: Array<{ id: string, authorAgencyId: string, body: string, createdAt: string }>, documents: Array<{ id: string, messageId: string | null, fileName: string, mediaType: string, sizeBytes: number, sha256: string, uploadedAgencyId: string, createdAt: string }> } };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, idleLockSeconds: number, user: { id: string, displayName: string, email: string, roles: Array<Role>, agency: { id: string, name: string, kind: AgencyKind, state: { code: string, name: string } } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, accessTokenExpiresAt: string, idleLockSeconds: number, user: { id: string, displayName: string, email: string, roles: Array<Role>, agency: { id: string, name: string, kind: AgencyKind, state: { code: string, name: string } } } } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, idleLockSeconds: number, user: { id: string, displayName: string, email: string, roles: Array<Role>, agency: { id: string, name: string, kind: AgencyKind, state: { code: string, name: string } } } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export const MlaRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MlaRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MlaRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requesting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"treatyName"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"offences"}},{"kind":"Field","name":{"kind":"Name","value":"personsConcerned"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"infoQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"postponedReason"}},{"kind":"Field","name":{"kind":"Name","value":"postponedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGroundText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MlaRequestFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"idleLockSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const MlaRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MlaRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MlaRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlaRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"requesting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MlaRequestsQuery, MlaRequestsQueryVariables>;
export const MlaRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MlaRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlaRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MlaRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MlaRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MlaRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requesting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"treatyName"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"offences"}},{"kind":"Field","name":{"kind":"Name","value":"personsConcerned"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"infoQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"postponedReason"}},{"kind":"Field","name":{"kind":"Name","value":"postponedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGroundText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MlaRequestQuery, MlaRequestQueryVariables>;
export const TransitionMlaRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionMlaRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MlaTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionMlaRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MlaRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MlaRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MlaRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requesting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"treatyName"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"offences"}},{"kind":"Field","name":{"kind":"Name","value":"personsConcerned"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"infoQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"postponedReason"}},{"kind":"Field","name":{"kind":"Name","value":"postponedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGroundText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TransitionMlaRequestMutation, TransitionMlaRequestMutationVariables>;
export const CreateMlaRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMlaRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMlaRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMlaRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateMlaRequestMutation, CreateMlaRequestMutationVariables>;
export const PostMlaMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostMlaMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostMlaMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMlaMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostMlaMessageMutation, PostMlaMessageMutationVariables>;
export const MlaDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MlaDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MlaDirectoryQuery, MlaDirectoryQueryVariables>;
export const MlaOwnCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MlaOwnCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nationalReference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MlaOwnCasesQuery, MlaOwnCasesQueryVariables>;
export const UpdateMlaDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMlaDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMlaDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMlaDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MlaRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MlaRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MlaRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requesting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"stateCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"treatyName"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"offences"}},{"kind":"Field","name":{"kind":"Name","value":"personsConcerned"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"infoQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"postponedReason"}},{"kind":"Field","name":{"kind":"Name","value":"postponedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGroundText"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateMlaDraftMutation, UpdateMlaDraftMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"idleLockSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"idleLockSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
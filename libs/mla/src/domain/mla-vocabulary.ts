/**
 * The words of an MLA request (DESIGN.md "MLA request"); plain enums, shared by rules, SQL and
 * GraphQL, and imported by the console as it stands: keep this file free of imports.
 */

export enum LegalBasis {
  /** UN Convention against Transnational Organized Crime, art. 18. */
  UNTOC_ART18 = 'UNTOC_ART18',
  /** European Investigation Order, Directive 2014/41/EU. */
  EIO_DIRECTIVE = 'EIO_DIRECTIVE',
  /** Council of Europe European Convention on Mutual Assistance in Criminal Matters (1959) and protocols. */
  COE_1959_CONVENTION = 'COE_1959_CONVENTION',
  BILATERAL_TREATY = 'BILATERAL_TREATY',
  RECIPROCITY = 'RECIPROCITY',
}

export enum MeasureKind {
  HEARING_OF_WITNESS = 'HEARING_OF_WITNESS',
  HEARING_OF_SUSPECT = 'HEARING_OF_SUSPECT',
  HEARING_OF_VICTIM = 'HEARING_OF_VICTIM',
  BANK_RECORDS = 'BANK_RECORDS',
  FREEZING_OF_ASSETS = 'FREEZING_OF_ASSETS',
  SEARCH_AND_SEIZURE = 'SEARCH_AND_SEIZURE',
  TELECOM_DATA = 'TELECOM_DATA',
  DOCUMENTS = 'DOCUMENTS',
  CONTROLLED_DELIVERY = 'CONTROLLED_DELIVERY',
  JOINT_INVESTIGATION_TEAM = 'JOINT_INVESTIGATION_TEAM',
  OTHER = 'OTHER',
}

export enum MeasureOutcome {
  PENDING = 'PENDING',
  EXECUTED = 'EXECUTED',
  REFUSED = 'REFUSED',
  NOT_POSSIBLE = 'NOT_POSSIBLE',
}

export enum MlaStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_EXECUTION = 'IN_EXECUTION',
  PARTIALLY_EXECUTED = 'PARTIALLY_EXECUTED',
  EXECUTED = 'EXECUTED',
  ADDITIONAL_INFO_REQUESTED = 'ADDITIONAL_INFO_REQUESTED',
  POSTPONED = 'POSTPONED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
  FORWARDED = 'FORWARDED',
}

/** Which agency of a request a user speaks for. */
export enum MlaSide {
  REQUESTING = 'REQUESTING',
  REQUESTED = 'REQUESTED',
}

export enum MlaAction {
  SUBMIT = 'SUBMIT',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  /** The decision on recognition / execution: the requested side starts executing. */
  START_EXECUTION = 'START_EXECUTION',
  /** Outcomes per requested measure; the request's status follows from them. */
  RECORD_OUTCOMES = 'RECORD_OUTCOMES',
  /** A partially executed request is closed as it stands. */
  CLOSE = 'CLOSE',
  REQUEST_INFO = 'REQUEST_INFO',
  ANSWER = 'ANSWER',
  POSTPONE = 'POSTPONE',
  RESUME = 'RESUME',
  /** A consultation with the requesting side (EIO art. 11(4)); no change of status. */
  RECORD_CONSULTATION = 'RECORD_CONSULTATION',
  REFUSE = 'REFUSE',
  WITHDRAW = 'WITHDRAW',
  FORWARD = 'FORWARD',
  /** The decision deadline is extended once (EIO art. 12(5): by at most 30 days). */
  EXTEND_DEADLINE = 'EXTEND_DEADLINE',
}

/**
 * Grounds for refusal. EIO Directive art. 11(1)(a)–(h); UNTOC art. 18(21)(a)–(d);
 * CoE 1959 Convention art. 2(a)–(b); for bilateral treaties and reciprocity the usual
 * grounds of such treaties, plus OTHER with a text.
 */
export enum RefusalGround {
  EIO_11_1_A_IMMUNITY_OR_PRIVILEGE = 'EIO_11_1_A_IMMUNITY_OR_PRIVILEGE',
  EIO_11_1_B_NATIONAL_SECURITY = 'EIO_11_1_B_NATIONAL_SECURITY',
  EIO_11_1_C_NOT_AUTHORISED_IN_DOMESTIC_CASE = 'EIO_11_1_C_NOT_AUTHORISED_IN_DOMESTIC_CASE',
  EIO_11_1_D_NE_BIS_IN_IDEM = 'EIO_11_1_D_NE_BIS_IN_IDEM',
  EIO_11_1_E_TERRITORIALITY = 'EIO_11_1_E_TERRITORIALITY',
  EIO_11_1_F_FUNDAMENTAL_RIGHTS = 'EIO_11_1_F_FUNDAMENTAL_RIGHTS',
  EIO_11_1_G_DUAL_CRIMINALITY = 'EIO_11_1_G_DUAL_CRIMINALITY',
  EIO_11_1_H_MEASURE_RESTRICTED = 'EIO_11_1_H_MEASURE_RESTRICTED',
  UNTOC_18_21_A_NOT_IN_CONFORMITY = 'UNTOC_18_21_A_NOT_IN_CONFORMITY',
  UNTOC_18_21_B_ESSENTIAL_INTERESTS = 'UNTOC_18_21_B_ESSENTIAL_INTERESTS',
  UNTOC_18_21_C_PROHIBITED_FOR_SIMILAR_OFFENCE = 'UNTOC_18_21_C_PROHIBITED_FOR_SIMILAR_OFFENCE',
  UNTOC_18_21_D_CONTRARY_TO_LEGAL_SYSTEM = 'UNTOC_18_21_D_CONTRARY_TO_LEGAL_SYSTEM',
  COE_2_A_POLITICAL_OR_FISCAL_OFFENCE = 'COE_2_A_POLITICAL_OR_FISCAL_OFFENCE',
  COE_2_B_ESSENTIAL_INTERESTS = 'COE_2_B_ESSENTIAL_INTERESTS',
  ESSENTIAL_INTERESTS = 'ESSENTIAL_INTERESTS',
  POLITICAL_OFFENCE = 'POLITICAL_OFFENCE',
  NE_BIS_IN_IDEM = 'NE_BIS_IN_IDEM',
  DUAL_CRIMINALITY = 'DUAL_CRIMINALITY',
  OTHER = 'OTHER',
}

const TREATY_GROUNDS = [
  RefusalGround.ESSENTIAL_INTERESTS,
  RefusalGround.POLITICAL_OFFENCE,
  RefusalGround.NE_BIS_IN_IDEM,
  RefusalGround.DUAL_CRIMINALITY,
  RefusalGround.OTHER,
];

/** Which grounds fit which legal basis. */
export const REFUSAL_GROUNDS: Readonly<Record<LegalBasis, readonly RefusalGround[]>> = {
  [LegalBasis.EIO_DIRECTIVE]: Object.values(RefusalGround).filter((g) => g.startsWith('EIO_')),
  [LegalBasis.UNTOC_ART18]: Object.values(RefusalGround).filter((g) => g.startsWith('UNTOC_')),
  [LegalBasis.COE_1959_CONVENTION]: [
    RefusalGround.COE_2_A_POLITICAL_OR_FISCAL_OFFENCE,
    RefusalGround.COE_2_B_ESSENTIAL_INTERESTS,
    RefusalGround.OTHER,
  ],
  [LegalBasis.BILATERAL_TREATY]: TREATY_GROUNDS,
  [LegalBasis.RECIPROCITY]: TREATY_GROUNDS,
};

/** EIO art. 11(4): before refusing on (a), (b), (d), (e) or (f) the executing authority consults the issuing one. */
export const GROUNDS_NEEDING_CONSULTATION: readonly RefusalGround[] = [
  RefusalGround.EIO_11_1_A_IMMUNITY_OR_PRIVILEGE,
  RefusalGround.EIO_11_1_B_NATIONAL_SECURITY,
  RefusalGround.EIO_11_1_D_NE_BIS_IN_IDEM,
  RefusalGround.EIO_11_1_E_TERRITORIALITY,
  RefusalGround.EIO_11_1_F_FUNDAMENTAL_RIGHTS,
];

/** EIO art. 12(5): the decision deadline may be extended by at most 30 days; other bases by at most 90 here. */
export const MAX_EXTENSION_DAYS = (basis: LegalBasis | `${LegalBasis}` | null) => (basis === `${LegalBasis.EIO_DIRECTIVE}` ? 30 : 90);

/** The kinds of agency that receive (or are forwarded) a request; AgencyKind's values, written out to keep this file free of imports. */
export const RECEIVING_AGENCY_KINDS: readonly string[] = ['CENTRAL_AUTHORITY', 'PROSECUTION_SERVICE'];

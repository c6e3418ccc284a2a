/** The vocabulary of cases (DESIGN.md "Case", "Case share"); plain enums so rules and SQL share them. */
export { FormOfExploitation } from '@app/kernel';

export enum CaseStatus {
  OPEN = 'OPEN',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}


export enum IdentifierType {
  PHONE = 'PHONE',
  IBAN = 'IBAN',
  BANK_ACCOUNT = 'BANK_ACCOUNT',
  PASSPORT = 'PASSPORT',
  NATIONAL_ID = 'NATIONAL_ID',
  VEHICLE = 'VEHICLE',
  COMPANY_REGISTRATION = 'COMPANY_REGISTRATION',
  EMAIL = 'EMAIL',
  CRYPTO_WALLET = 'CRYPTO_WALLET',
}

/** Who the identifier belongs to in the case. */
export enum IdentifierRole {
  SUSPECT = 'SUSPECT',
  VICTIM = 'VICTIM',
  WITNESS = 'WITNESS',
  OTHER = 'OTHER',
}

/** Police handling codes of a reference card (DESIGN.md "Case share"). */
export enum HandlingCode {
  H0 = 'H0',
  H1 = 'H1',
  H2 = 'H2',
  H3 = 'H3',
}

import { AgencyKind } from '@app/kernel';

/** One of the two agencies of a handoff, with its State, as identity's directory tells it. */
export interface HandoffAgency {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly state: { readonly code: string; readonly name: string };
}

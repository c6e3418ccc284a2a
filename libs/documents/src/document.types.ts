/** What every document tells of itself, whatever it belongs to (an MLA request, a handoff). */
export interface DocumentFields {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
  readonly uploadedAgencyId: string;
  readonly createdAt: Date;
}

/**
 * The parties of MLA request `idParam` (a bound parameter, e.g. '$4'), for another context's
 * statement that must stay one statement (a consumer's repeatable effect): a subquery of one row
 * per party, `agency_id` (the requesting and the current requested agency), each with the
 * request's `id` and its `reference`, which may travel to the parties' national systems.
 * The read MLA exports instead of letting others read `mla_request`.
 */
export const mlaPartiesSql = (idParam: string): string =>
  `SELECT r.id, r.reference, party.agency_id
     FROM mla_request r CROSS JOIN LATERAL (VALUES (r.requesting_agency_id), (r.requested_agency_id)) AS party (agency_id)
    WHERE r.id = ${idParam}::uuid`;

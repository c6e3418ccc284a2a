import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { parseConfig } from '@app/config';
import { DeadlinesService } from '@app/deadlines';
import { systemClock } from '@app/kernel';
import { PostgresDocumentStorage } from '@app/documents';
import {
  computeDeadlines,
  DeadlineKind,
  deadlineDefaultsOf,
  LegalBasis,
  LifecycleState,
  Measure,
  MeasureKind,
  MeasureOutcome,
  MLA_SUBJECT,
  MlaStatus,
  nextDue,
  nextReference,
  reminderAt,
  runningDeadlines,
} from '@app/mla';

/** Fixed id of the demo story's request, so seeding again finds it instead of adding another. */
export const DEMO_MLA_REQUEST_ID = '6d1a0000-0000-4000-8000-000000000001';
const DEMO_IBAN = 'MD24AG000225100013104168';
const DAY = 86_400_000;

/**
 * The demo story's request: the DE prosecutor asks the MD central authority for the bank
 * records of the IBAN both States' cases hold; acknowledged and in execution, with one message
 * and one document attached to it.
 * Moldova is outside the EU, so the basis is the CoE 1959 Convention, not an EIO.
 */
export async function seedDemoMla(m: EntityManager): Promise<void> {
  const existing: unknown[] = await m.query(`SELECT 1 FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]);
  if (existing.length) return;
  const [people]: { prosecutor: string; requesting: string; officer: string; requested: string }[] = await m.query(
    `SELECT p.id AS prosecutor, p.agency_id AS requesting, o.id AS officer, o.agency_id AS requested
       FROM app_user p, app_user o
      WHERE p.email = 'prosecutor.de@demo.example' AND o.email = 'central_authority_officer.md@demo.example'`,
  );
  const now = Date.now();
  const submittedAt = new Date(now - 20 * DAY);
  const acknowledgedAt = new Date(now - 18 * DAY);
  const decidedAt = new Date(now - 10 * DAY);
  const measures: Measure[] = [
    {
      id: randomUUID(),
      kind: MeasureKind.BANK_RECORDS,
      details: `Account holder, statements and transfers of ${DEMO_IBAN}, January 2025 to date`,
      outcome: MeasureOutcome.PENDING,
      ground: null,
      note: null,
    },
  ];
  const state: LifecycleState = { status: MlaStatus.IN_EXECUTION, resumeStatus: null, closed: false };
  const dates = computeDeadlines(
    { legalBasis: LegalBasis.COE_1959_CONVENTION, urgent: false, receivedAt: submittedAt, decidedAt, extensionDays: 0 },
    deadlineDefaultsOf(parseConfig(process.env)),
  );
  await m.query(
    `INSERT INTO mla_request (id, reference, requesting_agency_id, requesting_state, requested_agency_id, requested_state,
       case_id, legal_basis, measures, facts_summary, offences, persons_concerned, confidential, language, status,
       submitted_at, received_at, acknowledged_at, decided_at, acknowledgement_due_at, decision_due_at, execution_due_at, next_due_at,
       created_by, created_at, updated_at, version)
     VALUES ($1, $2, $3, 'DE', $4, 'MD', (SELECT id FROM case_file WHERE agency_id = $3 ORDER BY created_at, id LIMIT 1), $5, $6, $7, $8, $9, true, 'en', $10, $11, $11, $12, $13, $14, $15, $16, $17, $18, $19, $13, 4)`,
    [
      DEMO_MLA_REQUEST_ID,
      await nextReference(m, 'DE', submittedAt.getUTCFullYear()),
      people.requesting,
      people.requested,
      LegalBasis.COE_1959_CONVENTION,
      JSON.stringify(measures),
      'Workers recruited in Moldova were exploited on construction sites in Berlin; their wages were paid into the account above, controlled by the recruiters.',
      ['Trafficking in human beings for labour exploitation (StGB §232a)', 'Money laundering (StGB §261)'],
      'The account holder and the persons with signing rights',
      MlaStatus.IN_EXECUTION,
      submittedAt,
      acknowledgedAt,
      decidedAt,
      dates.acknowledgement,
      dates.decision,
      dates.execution,
      nextDue(state, dates),
      people.prosecutor,
      new Date(now - 21 * DAY),
    ],
  );
  const steps: [string, MlaStatus | null, MlaStatus, string, string, Date][] = [
    ['CREATE', null, MlaStatus.DRAFT, people.prosecutor, people.requesting, new Date(now - 21 * DAY)],
    ['SUBMIT', MlaStatus.DRAFT, MlaStatus.SUBMITTED, people.prosecutor, people.requesting, submittedAt],
    ['ACKNOWLEDGE', MlaStatus.SUBMITTED, MlaStatus.ACKNOWLEDGED, people.officer, people.requested, acknowledgedAt],
    ['START_EXECUTION', MlaStatus.ACKNOWLEDGED, MlaStatus.IN_EXECUTION, people.officer, people.requested, decidedAt],
  ];
  for (const [action, from, to, user, agency, at] of steps) {
    await m.query(
      `INSERT INTO mla_history (request_id, action, from_status, to_status, actor_user_id, actor_agency_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [DEMO_MLA_REQUEST_ID, action, from, to, user, agency, at],
    );
  }
  const [message]: { id: string }[] = await m.query(
    `INSERT INTO mla_message (request_id, author_user_id, author_agency_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [DEMO_MLA_REQUEST_ID, people.officer, people.requested, 'The bank has been served with the production order; records expected within two weeks.', new Date(now - 9 * DAY)],
  );
  const receipt = Buffer.from(`Production order served on the bank for account ${DEMO_IBAN}; acknowledgement of receipt attached.\n`);
  await m.query(
    `INSERT INTO mla_document (request_id, message_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_agency_id, created_at)
     VALUES ($1, $2, 'production-order-receipt.txt', 'text/plain', $3, $4, $5, $6, $7, $8)`,
    [
      DEMO_MLA_REQUEST_ID,
      message.id,
      receipt.length,
      createHash('sha256').update(receipt).digest(),
      await new PostgresDocumentStorage().put(m, [receipt]),
      people.officer,
      people.requested,
      new Date(now - 9 * DAY),
    ],
  );
  const deadlines = new DeadlinesService(systemClock);
  for (const kind of runningDeadlines(state)) {
    const dueAt = dates[kind];
    const start = kind === DeadlineKind.EXECUTION ? decidedAt : submittedAt;
    if (dueAt) await deadlines.schedule(m, { subjectType: MLA_SUBJECT, subjectId: DEMO_MLA_REQUEST_ID, kind, dueAt, remindAt: reminderAt(dueAt, start) });
  }
}

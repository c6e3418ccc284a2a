import { createPrivateDatabase } from '../support/private-database';
import { Stack, startStack } from '../support/stack';

const STATISTICS = `{ mlaStatistics { byStatus { status count } overdue medianDaysToAcknowledge medianDaysToExecute } }`;
const DAY_MS = 86_400_000;

interface Statistics {
  byStatus: { status: string; count: number }[];
  overdue: number;
  medianDaysToAcknowledge: number | null;
  medianDaysToExecute: number | null;
}

/** mlaStatistics on requests whose dates are known: a database of its own, so no other test's requests count. */
describe('MLA statistics (e2e)', () => {
  let stack: Stack;
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createPrivateDatabase('mla_statistics_e2e');
    stack = await startStack({ overrides: { DATABASE_URL: database.url } });
  });
  afterAll(async () => {
    await stack.close();
    await database.drop();
  });

  const statisticsOf = async (email: string): Promise<Statistics> => {
    const result = await stack.gql<{ mlaStatistics: Statistics }>(STATISTICS, {}, await stack.signIn(`${email}@demo.example`));
    if (!result.data) throw new Error(result.raw);
    return result.data.mlaStatistics;
  };

  /** A request from the RO prosecution service to the MD central authority, submitted 60 days ago, with days after that. */
  async function stored(serial: number, status: string, days: { acknowledged?: number; executed?: number; due: number }): Promise<void> {
    const submitted = Date.now() - 60 * DAY_MS;
    const at = (offset?: number) => (offset === undefined ? null : new Date(submitted + offset * DAY_MS));
    await stack.db.query(
      `INSERT INTO mla_request (reference, requesting_agency_id, requesting_state, requested_agency_id, requested_state, legal_basis,
         measures, facts_summary, offences, language, status, submitted_at, received_at, acknowledged_at, executed_at, next_due_at, created_by)
       SELECT $1, p.id, 'RO', c.id, 'MD', 'UNTOC_ART18', '[]', 'facts', ARRAY['offence'], 'en', $2, $3, $3, $4, $5, $6,
              (SELECT id FROM app_user WHERE email = 'prosecutor.ro@demo.example')
         FROM agency p, agency c
        WHERE p.state_code = 'RO' AND p.kind = 'PROSECUTION_SERVICE' AND c.state_code = 'MD' AND c.kind = 'CENTRAL_AUTHORITY'`,
      [`MLA-RO-1998-${String(serial).padStart(6, '0')}`, status, new Date(submitted), at(days.acknowledged), at(days.executed), at(days.due)],
    );
  }

  it('counts by status and overdue, and gives the median days to acknowledge and to execute', async () => {
    await stored(1, 'EXECUTED', { acknowledged: 1, executed: 10, due: 100 });
    await stored(2, 'EXECUTED', { acknowledged: 2, executed: 30, due: 100 });
    await stored(3, 'IN_EXECUTION', { acknowledged: 6, due: 59 });
    await stored(4, 'SUBMITTED', { due: 100 });

    const ro = await statisticsOf('prosecutor.ro');
    expect(ro.byStatus).toEqual([
      { status: 'EXECUTED', count: 2 },
      { status: 'IN_EXECUTION', count: 1 },
      { status: 'SUBMITTED', count: 1 },
    ]);
    expect(ro.overdue).toBe(1);
    expect(ro.medianDaysToAcknowledge).toBeCloseTo(2, 6);
    expect(ro.medianDaysToExecute).toBeCloseTo(20, 6);

    // The requested side counts the same four among its own; an agency with none has no medians.
    const md = await statisticsOf('central_authority_officer.md');
    expect(md.byStatus.find((s) => s.status === 'EXECUTED')?.count).toBeGreaterThanOrEqual(2);
    const at = await statisticsOf('prosecutor.at');
    expect(at).toEqual({ byStatus: [], overdue: 0, medianDaysToAcknowledge: null, medianDaysToExecute: null });
  });
});

import { ParsedMail } from 'mailparser';
import { DEMO_MLA_REQUEST_ID } from '@app/demo';
import { MailDispatcher } from '@app/notifications';
import { handoffProposal } from '../support/handoff-proposal';
import { Mailbox } from '../support/mailbox';
import { createPrivateDatabase } from '../support/private-database';
import { eventually, GraphQLResponse, Stack, startStack } from '../support/stack';

const PREFERENCES = `{ myNotificationPreferences { language kinds { kind delivery chosen } } }`;
const SET = `mutation($kind: NotificationKind!, $delivery: MailDelivery!) { setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery chosen } }`;
const LANGUAGE = `mutation($language: MailLanguage!) { setMailLanguage(language: $language) }`;
const FAILURES = `{ mailDeliveryFailures { recipientEmail kind attempts lastError failedAt } }`;
const MLA_MESSAGE = `mutation($input: PostMlaMessageInput!) { postMlaMessage(input: $input) { id } }`;
const HANDOFF_MESSAGE = `mutation($input: SendHandoffMessageInput!) { sendHandoffMessage(input: $input) { id } }`;
/** Longest a test waits for the worker (polls, queue, SMTP): a full run on 2 cores slows it well beyond the usual second. */
const WORKER_WAIT_MS = 40_000;
const PROPOSE = `mutation($input: ProposeHandoffInput!) { proposeHandoff(input: $input) { id } }`;

const CONSOLE_URL = 'https://console.test';
const OFFICER_MD = 'central_authority_officer.md@demo.example';
const PROSECUTOR_DE = 'prosecutor.de@demo.example';
const ADMIN_DE = 'agency_admin.de@demo.example';
const COORDINATOR_DE = 'victim_coordinator.de@demo.example';
const COORDINATOR_MD = 'victim_coordinator.md@demo.example';
/** The demo victim's sealed identity (libs/demo/src/demo-handoffs.ts): never in the database in clear. */
const DEMO_VICTIM_IDENTITY = ['Andrei', 'Demo-Rusu', '1991-07-04', 'Cahul'];
/** What the tests below write: message bodies and the proposed victim's identity. */
const WRITTEN = ['Are the bank records ready', 'The statements are attached', 'Arrival at the shelter on Monday', 'Ion', '1994-03-12'];

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
/** `value` as a whole word (or words), in any case: "Ion" is no hit in "Notification". */
const wordPattern = (value: string) => new RegExp(`(?<![\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
const textOf = (mail: ParsedMail) => `${mail.subject ?? ''}\n${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;

/**
 * Notifications by e-mail, end to end: gateway and worker on a database of their own (the tests
 * change demo objects and count deliveries), the worker sending through a real SMTP server
 * process of the test (smtp-server on loopback), every mail parsed with mailparser.
 */
describe('notifications by e-mail (e2e)', () => {
  jest.setTimeout(120_000);
  const mailbox = new Mailbox();
  let database: { url: string; drop: () => Promise<void> };
  let stack: Stack;
  const tokens = new Map<string, string>();
  const as = async <T = Record<string, unknown>>(email: string, query: string, variables?: Record<string, unknown>) => {
    if (!tokens.has(email)) tokens.set(email, await stack.signIn(email));
    return stack.gql<T>(query, variables, tokens.get(email));
  };
  const deliveriesTo = (email: string) =>
    stack.db.query(
      `SELECT d.status, d.attempts, d.last_error, d.digest_until FROM mail_delivery d JOIN app_user u ON u.id = d.recipient_user_id WHERE u.email = $1 ORDER BY d.created_at`,
      [email],
    ) as Promise<{ status: string; attempts: number; last_error: string | null; digest_until: Date | null }[]>;

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    database = await createPrivateDatabase('notification_mail_e2e');
    stack = await startStack({
      worker: true,
      overrides: {
        DATABASE_URL: database.url,
        SMTP_URL: smtpUrl,
        CONSOLE_URL,
        MAIL_POLL_INTERVAL_MS: '100',
        MAIL_BACKOFF_MS: '200',
        MAIL_ATTEMPTS: '3',
        LOCKOUT_THRESHOLD: '2',
      },
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await database?.drop();
    await mailbox.stop();
  });

  it('gives each user the defaults, and lets them change only their own choices and language', async () => {
    const mine = await as<{ myNotificationPreferences: { language: string; kinds: { kind: string; delivery: string; chosen: boolean }[] } }>(OFFICER_MD, PREFERENCES);
    expect(mine.data?.myNotificationPreferences.language).toBe('EN');
    const kinds = new Map(mine.data?.myNotificationPreferences.kinds.map((k) => [k.kind, k]));
    expect(kinds.get('MLA_DEADLINE_REMINDER')).toEqual({ kind: 'MLA_DEADLINE_REMINDER', delivery: 'AT_ONCE', chosen: false });
    expect(kinds.get('MLA_MESSAGE')).toEqual({ kind: 'MLA_MESSAGE', delivery: 'DAILY_DIGEST', chosen: false });

    const set = await as(OFFICER_MD, SET, { kind: 'MLA_MESSAGE', delivery: 'AT_ONCE' });
    expect(set.data).toEqual({ setNotificationPreference: { kind: 'MLA_MESSAGE', delivery: 'AT_ONCE', chosen: true } });
    expect((await as(OFFICER_MD, LANGUAGE, { language: 'RO' })).data).toEqual({ setMailLanguage: 'RO' });
    const [audited] = await stack.db.query(
      `SELECT count(*)::int AS n FROM audit_event e JOIN app_user u ON u.id::text = e.target_id WHERE u.email = $1 AND e.action LIKE 'notification-preference.%' AND e.outcome = 'SUCCESS'`,
      [OFFICER_MD],
    );
    expect(audited.n).toBe(2);

    // Another user keeps the defaults: a choice is its owner's alone ...
    const theirs = await as<{ myNotificationPreferences: { language: string; kinds: { kind: string; delivery: string }[] } }>(PROSECUTOR_DE, PREFERENCES);
    expect(theirs.data?.myNotificationPreferences.language).toBe('EN');
    expect(theirs.data?.myNotificationPreferences.kinds.find((k) => k.kind === 'MLA_MESSAGE')?.delivery).toBe('DAILY_DIGEST');
    // ... and nobody can name another user to set theirs, or set anything signed out.
    const officerId = (await stack.db.query(`SELECT id FROM app_user WHERE email = $1`, [OFFICER_MD]))[0].id as string;
    const aimed = await as(PROSECUTOR_DE, `mutation($id: ID!) { setNotificationPreference(userId: $id, kind: MLA_MESSAGE, delivery: NEVER) { kind } }`, { id: officerId });
    expect(codeOf(aimed)).toBe('BAD_USER_INPUT');
    expect(aimed.errors?.[0]?.message).toMatch(/Unknown argument "userId"/);
    expect(codeOf(await stack.gql(SET, { kind: 'MLA_MESSAGE', delivery: 'NEVER' }))).toBe('UNAUTHENTICATED');
    const [kept] = await stack.db.query(`SELECT delivery FROM notification_preference WHERE user_id = $1 AND kind = 'MLA_MESSAGE'`, [officerId]);
    expect(kept.delivery).toBe('AT_ONCE');
  });

  it("mails at once in the user's language with the reference, the deadline and a link, retrying after the SMTP server refused once", async () => {
    mailbox.refuseNextFor(OFFICER_MD);
    const posted = await as(PROSECUTOR_DE, MLA_MESSAGE, { input: { requestId: DEMO_MLA_REQUEST_ID, body: 'Are the bank records ready?' } });
    expect(posted.errors).toBeUndefined();

    const [mail] = await eventually(async () => mailbox.to(OFFICER_MD).length > 0 && mailbox.to(OFFICER_MD), WORKER_WAIT_MS);
    const [{ reference }] = await stack.db.query(`SELECT reference FROM mla_request WHERE id = $1`, [DEMO_MLA_REQUEST_ID]);
    expect(mail.subject).toBe(`Cooperare transfrontalieră: Există un mesaj nou la o cerere de asistență judiciară (${reference})`);
    expect(mail.text).toContain(`Referință: ${reference}`);
    expect(mail.text).toContain(`${CONSOLE_URL}/\n`);
    const [{ due }] = await stack.db.query(`SELECT min(due_at) AS due FROM deadline WHERE subject_id = $1 AND stopped_at IS NULL`, [DEMO_MLA_REQUEST_ID]);
    if (due) expect(mail.text).toMatch(/Termen: \d+ \S+ \d{4}/);
    expect(mail.text).not.toContain('bank records');

    const [delivery] = await eventually(async () => {
      const rows = await deliveriesTo(OFFICER_MD);
      return rows[0]?.status === 'SENT' && rows;
    });
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(delivery.last_error).toMatch(/451/);
  });

  it('records a mail as failed once its attempts are spent, for the agency admin of its recipient only', async () => {
    expect((await as(ADMIN_DE, SET, { kind: 'USER_LOCKED_OUT', delivery: 'AT_ONCE' })).errors).toBeUndefined();
    mailbox.refuseAllFor(ADMIN_DE);
    for (let i = 0; i < 2; i += 1) {
      await stack.gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: 'liaison_officer.de@demo.example', password: 'not-the-password-at-all' } });
    }

    const [failed] = await eventually(async () => {
      const rows = await deliveriesTo(ADMIN_DE);
      return rows[0]?.status === 'FAILED' && rows;
    }, 20_000);
    expect(failed.attempts).toBe(3);
    expect(mailbox.to(ADMIN_DE)).toEqual([]);

    const seen = await as<{ mailDeliveryFailures: { recipientEmail: string; kind: string; attempts: number; lastError: string }[] }>(ADMIN_DE, FAILURES);
    expect(seen.data?.mailDeliveryFailures).toEqual([
      expect.objectContaining({ recipientEmail: ADMIN_DE, kind: 'USER_LOCKED_OUT', attempts: 3, lastError: expect.stringMatching(/550/) }),
    ]);
    // The admin of another agency sees none of them; a user who is no admin is refused, and the refusal audited.
    expect((await as(ADMIN_DE.replace('.de@', '.md@'), FAILURES)).data).toEqual({ mailDeliveryFailures: [] });
    const refused = await as(PROSECUTOR_DE, FAILURES);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const [denied] = await stack.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'mail-delivery:list' AND outcome = 'DENIED'`);
    expect(denied.n).toBe(1);
  });

  it('mails a proposed handoff at once and gathers the day in one digest per user', async () => {
    const [{ id: receiving }] = await stack.db.query(`SELECT agency_id AS id FROM app_user WHERE email = $1`, [COORDINATOR_MD]);
    const proposal = handoffProposal(receiving, { victim: { givenNames: 'Ion', familyName: 'Familyname-Mail', dateOfBirth: '1994-03-12', nationality: 'MD', languages: ['ro'] } });
    const proposed = await as<{ proposeHandoff: { id: string } }>(COORDINATOR_DE, PROPOSE, { input: proposal });
    expect(proposed.errors).toBeUndefined();
    const [atOnce] = await eventually(async () => mailbox.to(COORDINATOR_MD).length > 0 && mailbox.to(COORDINATOR_MD), WORKER_WAIT_MS);
    expect(atOnce.subject).toBe('Cross-border coordination: A victim-support handoff was proposed to your agency');
    expect(atOnce.text).toMatch(/Deadline: \w+ \d+, \d{4}/);

    const [{ id: demoHandoff }] = await stack.db.query(`SELECT id FROM handoff WHERE victim_code = 'V-DE-7F3K9Q'`);
    expect((await as(COORDINATOR_DE, HANDOFF_MESSAGE, { input: { handoffId: demoHandoff, body: 'Arrival at the shelter on Monday' } })).errors).toBeUndefined();
    expect((await as(OFFICER_MD, MLA_MESSAGE, { input: { requestId: DEMO_MLA_REQUEST_ID, body: 'The statements are attached.' } })).errors).toBeUndefined();
    await eventually(async () => {
      const [{ n }] = await stack.db.query(
        `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
          WHERE (u.email = $1 AND n.kind = 'MLA_MESSAGE') OR (u.email = $2 AND n.kind = 'HANDOFF_MESSAGE')`,
        [PROSECUTOR_DE, COORDINATOR_MD],
      );
      return n === 2;
    }, WORKER_WAIT_MS);

    const dispatcher = stack.worker!.get(MailDispatcher);
    const until = new Date(Date.now() + 1000);
    const gathered = await dispatcher.gatherDigests(until);
    expect(gathered).toBeGreaterThanOrEqual(2);
    expect(await dispatcher.gatherDigests(until)).toBe(0);
    const digestOf = (email: string) => mailbox.to(email).find((mail) => mail.subject?.includes('daily summary'));
    const [prosecutors, coordinators] = await eventually(
      async () => digestOf(PROSECUTOR_DE) && digestOf(COORDINATOR_MD) && [digestOf(PROSECUTOR_DE)!, digestOf(COORDINATOR_MD)!],
      WORKER_WAIT_MS,
    );
    expect(prosecutors.text).toContain('- There is a new message on an MLA request.');
    expect(coordinators.text).toContain('- There is a new message on a victim-support handoff.');
    // What was sent at once is not in the digest as well.
    expect(coordinators.text).not.toContain('was proposed');
  });

  it('mails nothing of a kind turned off, nor a notification older than an hour when first looked at', async () => {
    const before = (await deliveriesTo(OFFICER_MD)).length;
    expect((await as(OFFICER_MD, SET, { kind: 'MLA_MESSAGE', delivery: 'NEVER' })).errors).toBeUndefined();
    expect((await as(PROSECUTOR_DE, MLA_MESSAGE, { input: { requestId: DEMO_MLA_REQUEST_ID, body: 'Are the bank records ready now?' } })).errors).toBeUndefined();
    const [{ id: officer }] = await stack.db.query(`SELECT id FROM app_user WHERE email = $1`, [OFFICER_MD]);
    // Written while mail was off, say: a deadline missed two hours ago, which would go at once.
    await stack.db.query(
      `INSERT INTO notification (recipient_user_id, event_id, kind, message, created_at) VALUES ($1, gen_random_uuid(), 'MLA_DEADLINE_BREACHED', 'old', now() - interval '2 hours')`,
      [officer],
    );
    await eventually(async () => {
      const [{ waiting }] = await stack.db.query(`SELECT count(*)::int AS waiting FROM notification WHERE recipient_user_id = $1 AND mail_considered_at IS NULL`, [officer]);
      const [{ told }] = await stack.db.query(`SELECT count(*)::int AS told FROM notification WHERE recipient_user_id = $1 AND kind = 'MLA_MESSAGE'`, [officer]);
      return waiting === 0 && told === 2;
    }, WORKER_WAIT_MS);
    expect((await deliveriesTo(OFFICER_MD)).length).toBe(before);
  });

  it("never mails the demo world's identifiers, case titles and references, victim data, names or what users wrote", async () => {
    const values = (
      await stack.db.query(
        `SELECT national_reference AS v FROM case_file UNION SELECT title FROM case_file
         UNION SELECT value FROM case_identifier UNION SELECT note FROM case_identifier WHERE note IS NOT NULL
         UNION SELECT victim_code FROM handoff UNION SELECT linked_case_reference FROM handoff WHERE linked_case_reference IS NOT NULL
         UNION SELECT need ->> 'note' FROM handoff, jsonb_array_elements(needs) AS need WHERE need ->> 'note' IS NOT NULL
         UNION SELECT note FROM handoff_service WHERE note IS NOT NULL
         UNION SELECT display_name FROM app_user UNION SELECT name FROM agency
         UNION SELECT message FROM notification`,
      )
    ).map((row: { v: string }) => row.v);
    const forbidden = [...values, ...DEMO_VICTIM_IDENTITY, ...WRITTEN, 'Familyname-Mail'].filter((value) => value.trim().length >= 3);
    expect(forbidden.length).toBeGreaterThan(30);
    // Every mail of the run: once none waits any more, the mailbox holds one per delivery sent.
    const sent = await eventually(async () => {
      const [{ pending, sent }] = await stack.db.query(`SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM mail_delivery`);
      return pending === 0 && sent;
    }, WORKER_WAIT_MS);
    expect(mailbox.received.length).toBe(sent);
    expect(sent).toBeGreaterThanOrEqual(4);
    const patterns = forbidden.map((value) => ({ value, pattern: wordPattern(value) }));
    const found = mailbox.received.flatMap(({ to, mail }) => {
      const text = textOf(mail);
      return patterns.filter(({ pattern }) => pattern.test(text)).map(({ value }) => ({ to, value }));
    });
    expect(found).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '../..');

/**
 * Who owns each table (ARCHITECTURE.md, "Never": a context's SQL reading another context's
 * tables). Only the owner's production source names it in SQL; others call a read or a
 * statement the owner exports. A new table gets its owner here.
 */
const OWNERS: Record<string, readonly string[]> = {
  'libs/identity': ['state', 'agency', 'app_user', 'user_session', 'user_second_factor', 'user_recovery_code', 'password_setup_link', 'refresh_token'],
  'libs/cases': ['case_file', 'case_identifier', 'case_match', 'case_share'],
  'libs/mla': ['mla_request', 'mla_history', 'mla_message', 'mla_reference_counter', 'mla_document'],
  'libs/handoffs': ['handoff', 'handoff_service', 'handoff_message', 'handoff_document'],
  'libs/notifications': ['notification', 'notification_preference', 'mail_delivery'],
  'libs/webhooks': ['webhook_endpoint', 'webhook_delivery', 'webhook_attempt'],
  'libs/documents': ['mla_document_blob', 'mla_document_chunk'],
  'libs/audit': ['audit_event', 'audit_chain', 'audit_checkpoint', 'audit_pending'],
  'libs/events': ['outbox_event', 'inbox'],
  'libs/deadlines': ['deadline'],
  'apps/gateway': ['idempotency_key'],
};

/** Code that may name any table: the schema's history and the demo world it seeds. */
const EVERY_TABLE = ['libs/database', 'libs/demo'];

/** The tables SQL in `text` reads or writes (after FROM, JOIN, INTO or UPDATE). */
function tablesNamed(text: string, tables: ReadonlySet<string>): string[] {
  const named = [...text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]+)"?/g)].map(([, name]) => name);
  return [...new Set(named.filter((name) => tables.has(name)))];
}

/** Production source under `dir`: TypeScript, no specs, no test helpers. */
function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'node_modules' ? [] : productionFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(e2e-)?spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const created = (): string[] => {
  const migrations = join(ROOT, 'libs/database/src/migrations');
  const text = productionFiles(migrations).map((file) => readFileSync(file, 'utf8')).join('\n');
  return [...new Set([...text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g)].map(([, name]) => name))];
};

describe('table owners: no SQL of one part names the tables of another', () => {
  const tables = new Set(Object.values(OWNERS).flat());
  const ownerOf = new Map(Object.entries(OWNERS).flatMap(([owner, owned]) => owned.map((table) => [table, owner] as const)));

  it('finds the tables a statement names, and only known tables', () => {
    const sql = `SELECT r.id FROM mla_request r JOIN deadline d ON d.subject_id = r.id WHERE EXISTS (SELECT 1 FROM found)`;
    expect(tablesNamed(sql, tables).sort()).toEqual(['deadline', 'mla_request']);
    expect(tablesNamed(`INSERT INTO "audit_event" (id) VALUES ($1); UPDATE outbox_event SET x = 1`, tables).sort()).toEqual(['audit_event', 'outbox_event']);
  });

  it('gives every table the migrations create exactly one owner', () => {
    expect(created().filter((table) => !ownerOf.has(table))).toEqual([]);
    expect(Object.values(OWNERS).flat().length).toBe(tables.size);
  });

  it("keeps each part's SQL to its own tables", () => {
    const strangers: string[] = [];
    for (const part of [...readdirSync(join(ROOT, 'libs')).map((lib) => `libs/${lib}`), 'apps/gateway', 'apps/worker']) {
      if (EVERY_TABLE.includes(part)) continue;
      for (const file of productionFiles(join(ROOT, part))) {
        for (const table of tablesNamed(readFileSync(file, 'utf8'), tables)) {
          if (ownerOf.get(table) !== part) strangers.push(`${relative(ROOT, file)} names ${table} of ${ownerOf.get(table)}`);
        }
      }
    }
    expect(strangers).toEqual([]);
  });
});

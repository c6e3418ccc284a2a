import { HandoffDocuments1764000001800 } from '../../../database/src/migrations/1764000001800-handoff-documents';
import { privateMigrationDatabase } from '@test/support/private-database';

/** The handoff documents migration goes down and up again on a database of its own. */
describe('HandoffDocuments1764000001800 migration', () => {
  const database = privateMigrationDatabase('handoff_documents_migration');

  it('is reversible: the document table and the consent details come and go', () =>
    database.withRunner(async (_db, runner) => {
      const migration = new HandoffDocuments1764000001800();
      const present = async () =>
        (
          await runner.query(
            `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
              WHERE (table_name = 'handoff' AND column_name LIKE 'consent_%') OR (table_name = 'handoff_document' AND column_name = 'kind')
              ORDER BY 1`,
          )
        ).map((row: { name: string }) => row.name);
      const withDetails = [
        'handoff.consent_basis', 'handoff.consent_explained_by', 'handoff.consent_given_at', 'handoff.consent_language',
        'handoff.consent_recorded_by', 'handoff.consent_scope', 'handoff.consent_withdrawn_at', 'handoff_document.kind',
      ];
      expect(await present()).toEqual(withDetails);
      await migration.down(runner);
      expect(await present()).toEqual(['handoff.consent_basis', 'handoff.consent_given_at', 'handoff.consent_recorded_by', 'handoff.consent_scope', 'handoff.consent_withdrawn_at']);
      await migration.up(runner);
      expect(await present()).toEqual(withDetails);
    }));
});

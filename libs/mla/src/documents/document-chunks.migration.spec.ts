import { createHash, randomBytes } from 'node:crypto';
import { DocumentChunks1764000000700 } from '../../../database/src/migrations/1764000000700-document-chunks';
import { privateMigrationDatabase } from '@test/support/private-database';
import { DOCUMENT_CHUNK_BYTES, PostgresDocumentStorage } from '@app/documents';

/**
 * The migration to chunked contents goes down and up again on a database of its own, and
 * the contents come through both ways byte for byte under their keys.
 */
describe('DocumentChunks1764000000700 migration', () => {
  const database = privateMigrationDatabase('document_chunks_migration');

  it('is reversible and keeps every content', () =>
    database.withRunner(async (db, runner) => {
      const migration = new DocumentChunks1764000000700();
      const storage = new PostgresDocumentStorage();
      const sha = (content: Buffer) => createHash('sha256').update(content).digest('hex');
      const tables = async () =>
        (
          await runner.query(
            `SELECT table_name FROM information_schema.tables
              WHERE table_name IN ('mla_document_blob', 'mla_document_chunk') ORDER BY table_name`,
          )
        ).map((row: { table_name: string }) => row.table_name);
      const read = async (key: string) => {
        const chunks: Buffer[] = [];
        for await (const chunk of (await storage.get(db.manager, key))!) chunks.push(Buffer.from(chunk));
        return Buffer.concat(chunks);
      };
      const contents = [randomBytes(2 * DOCUMENT_CHUNK_BYTES + 1), Buffer.from('a short text\n'), Buffer.alloc(0), randomBytes(DOCUMENT_CHUNK_BYTES)];
      const keys = [];
      for (const content of contents) keys.push(await db.transaction((m) => storage.put(m, [content])));
      expect(await tables()).toEqual(['mla_document_chunk']);

      await migration.down(runner);
      expect(await tables()).toEqual(['mla_document_blob']);
      const blobs: { key: string; sha: string }[] = await runner.query(`SELECT key, encode(sha256(content), 'hex') AS sha FROM mla_document_blob`);
      expect(new Map(blobs.map((b) => [b.key, b.sha]))).toEqual(new Map(keys.map((key, i) => [key, sha(contents[i])])));

      await migration.up(runner);
      expect(await tables()).toEqual(['mla_document_chunk']);
      const rows: { key: string; n: number; longest: number }[] = await runner.query(
        `SELECT key, count(*)::int AS n, max(length(content)) AS longest FROM mla_document_chunk GROUP BY key`,
      );
      expect(new Map(rows.map((r) => [r.key, [r.n, r.longest]]))).toEqual(
        new Map([
          [keys[0], [3, DOCUMENT_CHUNK_BYTES]],
          [keys[1], [1, 13]],
          [keys[2], [1, 0]],
          [keys[3], [1, DOCUMENT_CHUNK_BYTES]],
        ]),
      );
      for (const [i, key] of keys.entries()) expect(sha(await read(key))).toBe(sha(contents[i]));
    }));
});

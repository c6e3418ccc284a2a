import { MigrationInterface, QueryRunner } from 'typeorm';

/** Size of the rows MLA document contents are cut into; PostgresDocumentStorage writes the same. */
const CHUNK_BYTES = 256 * 1024;

/**
 * MLA document contents move from one bytea row per document (mla_document_blob) to rows of
 * 256 KiB (mla_document_chunk, numbered from 0; an empty content is one empty row), so they
 * are written and read chunk by chunk, never held whole in memory. Existing contents are cut
 * up under the same keys; `down` glues them back together.
 */
export class DocumentChunks1764000000700 implements MigrationInterface {
  name = 'DocumentChunks1764000000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mla_document_chunk (
        key uuid NOT NULL,
        seq int NOT NULL CHECK (seq >= 0),
        content bytea NOT NULL,
        PRIMARY KEY (key, seq)
      )`);
    await db.query(`
      INSERT INTO mla_document_chunk (key, seq, content)
      SELECT b.key, s.seq, substring(b.content FROM s.seq * ${CHUNK_BYTES} + 1 FOR ${CHUNK_BYTES})
        FROM mla_document_blob b,
             generate_series(0, greatest((length(b.content) + ${CHUNK_BYTES - 1}) / ${CHUNK_BYTES} - 1, 0)) AS s(seq)`);
    await db.query(`DROP TABLE mla_document_blob`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mla_document_blob (
        key uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content bytea NOT NULL
      )`);
    await db.query(
      `INSERT INTO mla_document_blob (key, content)
       SELECT key, string_agg(content, ''::bytea ORDER BY seq) FROM mla_document_chunk GROUP BY key`,
    );
    await db.query(`DROP TABLE mla_document_chunk`);
  }
}

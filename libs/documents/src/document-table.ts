import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Actor } from '@app/kernel';
import { childrenOf } from '@app/database';
import { DocumentFields } from './document.types';
import { StoredContent } from './document-intake';

/**
 * A context's document table: the columns every document has (file_name, media_type,
 * size_bytes, sha256, storage_key, uploaded_by, uploaded_agency_id, created_at), the column
 * naming its parent and the context's own columns. Table and column names are the code's,
 * never the caller's input; values are bound as parameters.
 */
export class DocumentTable<D extends DocumentFields> {
  /** Every column as the GraphQL type names it. */
  readonly columns: string;

  constructor(
    private readonly table: string,
    private readonly parentColumn: string,
    /** The context's own columns: SQL name → field name. */
    private readonly own: Readonly<Record<string, string>>,
  ) {
    const named = Object.entries({ [parentColumn]: camel(parentColumn), ...own }).map(([column, field]) => `${column} AS "${field}"`);
    this.columns = [
      'id',
      ...named,
      'file_name AS "fileName"',
      'media_type AS "mediaType"',
      'size_bytes::int AS "sizeBytes"',
      `encode(sha256, 'hex') AS sha256`,
      'uploaded_agency_id AS "uploadedAgencyId"',
      'created_at AS "createdAt"',
    ].join(', ');
  }

  /** Writes the row of a content just stored; `values` gives the context's own columns, in the order they were named. */
  async insert(m: EntityManager, actor: Actor, parentId: string, values: readonly unknown[], stored: StoredContent): Promise<D> {
    const ownColumns = Object.keys(this.own);
    const params = [parentId, ...values, stored.fileName, stored.mediaType, stored.sizeBytes, stored.sha256, stored.storageKey, actor.userId, actor.agencyId];
    const [document]: D[] = await m.query(
      `INSERT INTO ${this.table} (${[this.parentColumn, ...ownColumns].join(', ')}, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_agency_id)
       VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${this.columns}`,
      params,
    );
    return document;
  }

  /** The document `documentId` of the parent, with its storage key, or null (an id that is no UUID included). */
  async find(m: EntityManager, parentId: string, documentId: string): Promise<(D & { storageKey: string }) | null> {
    if (!isUUID(documentId)) return null;
    const rows: (D & { storageKey: string })[] = await m.query(
      `SELECT ${this.columns}, storage_key AS "storageKey" FROM ${this.table} WHERE id = $1 AND ${this.parentColumn} = $2`,
      [documentId, parentId],
    );
    return rows[0] ?? null;
  }

  /** The documents of each parent, oldest first, aligned with `parentIds`; only for parents the caller was allowed to read. */
  listOf(m: EntityManager, parentIds: readonly string[]): Promise<D[][]> {
    return childrenOf(
      m,
      `SELECT ${this.columns}, ${this.parentColumn} AS "parentId" FROM ${this.table}
        WHERE ${this.parentColumn} = ANY($1::uuid[]) ORDER BY created_at, id`,
      parentIds,
    );
  }
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

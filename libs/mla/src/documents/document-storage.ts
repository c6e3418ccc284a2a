import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Where document contents live. The metadata (hash, size, media type) stays in PostgreSQL
 * whatever the storage; to move contents to object storage, provide another implementation
 * under DOCUMENT_STORAGE (put returns the object key, get reads it back).
 */
export interface DocumentStorage {
  /** Stores the content in the caller's transaction where the storage allows it; returns its key. */
  put(m: EntityManager, content: Buffer): Promise<string>;
  get(m: EntityManager, key: string): Promise<Buffer | null>;
}

export const DOCUMENT_STORAGE = Symbol('DocumentStorage');

/** Default: contents in a bytea table, so a database backup holds every document. */
@Injectable()
export class PostgresDocumentStorage implements DocumentStorage {
  async put(m: EntityManager, content: Buffer): Promise<string> {
    const [{ key }]: { key: string }[] = await m.query(`INSERT INTO mla_document_blob (content) VALUES ($1) RETURNING key`, [content]);
    return key;
  }

  async get(m: EntityManager, key: string): Promise<Buffer | null> {
    const rows: { content: Buffer }[] = await m.query(`SELECT content FROM mla_document_blob WHERE key = $1`, [key]);
    return rows[0]?.content ?? null;
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A document's content as it streams, in order (a Node Readable is one; so is an array of buffers). */
export type DocumentContent = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Where document contents live. The metadata (hash, size, media type) stays in PostgreSQL
 * whatever the storage. Contents stream both ways: put reads them chunk by chunk and get
 * gives them back chunk by chunk, so memory stays at about one chunk whatever the size.
 *
 * To move contents to object storage (S3, MinIO ...), provide another implementation under
 * DOCUMENT_STORAGE: put streams the content into a new object under a random key (e.g. a
 * multipart upload fed with Readable.from(content)) and returns the key; get opens a read
 * stream on that object, or returns null if there is none. Such a put is not part of the
 * database transaction: an upload refused midway (the content stream throws) or rolled back
 * afterwards may leave an object that no mla_document row names, to be swept up.
 */
export interface DocumentStorage {
  /**
   * Stores the content in the caller's transaction where the storage allows it; returns its
   * key. An error thrown by the content (an upload refused as it streams in) propagates.
   */
  put(m: EntityManager, content: DocumentContent): Promise<string>;
  /** The stored content, chunk by chunk, or null if nothing is stored under the key. */
  get(m: EntityManager, key: string): Promise<AsyncIterable<Uint8Array> | null>;
}

export const DOCUMENT_STORAGE = Symbol('DocumentStorage');

/** Size of the rows a content is cut into in PostgreSQL. */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

/**
 * Default: contents in PostgreSQL, so a database backup holds every document, cut into rows of
 * DOCUMENT_CHUNK_BYTES (mla_document_chunk, numbered from 0; an empty content is one empty
 * row). Written in the caller's transaction, so a refused or failed upload leaves nothing; read
 * one row per query, so a slow download holds no connection between chunks.
 */
@Injectable()
export class PostgresDocumentStorage implements DocumentStorage {
  async put(m: EntityManager, content: DocumentContent): Promise<string> {
    const key = randomUUID();
    let seq = 0;
    for await (const chunk of rechunk(content, DOCUMENT_CHUNK_BYTES)) {
      await m.query(`INSERT INTO mla_document_chunk (key, seq, content) VALUES ($1, $2, $3)`, [key, seq++, chunk]);
    }
    return key;
  }

  async get(m: EntityManager, key: string): Promise<AsyncIterable<Uint8Array> | null> {
    const first = await chunkOf(m, key, 0);
    if (!first) return null;
    return (async function* () {
      yield first;
      for (let seq = 1; ; seq++) {
        const chunk = await chunkOf(m, key, seq);
        if (!chunk) return;
        yield chunk;
      }
    })();
  }
}

async function chunkOf(m: EntityManager, key: string, seq: number): Promise<Buffer | null> {
  const rows: { content: Buffer }[] = await m.query(`SELECT content FROM mla_document_chunk WHERE key = $1 AND seq = $2`, [key, seq]);
  return rows[0]?.content ?? null;
}

/**
 * The content re-cut into chunks of exactly `size` bytes but the last, which is shorter (and
 * empty if the content is): at least one chunk, whatever came in.
 */
export async function* rechunk(content: DocumentContent, size: number): AsyncGenerator<Buffer> {
  let chunk = Buffer.allocUnsafe(size);
  let filled = 0;
  let yieldedOne = false;
  for await (const piece of content) {
    for (let offset = 0; offset < piece.length; ) {
      const n = Math.min(size - filled, piece.length - offset);
      chunk.set(piece.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
      if (filled === size) {
        yield chunk;
        yieldedOne = true;
        chunk = Buffer.allocUnsafe(size);
        filled = 0;
      }
    }
  }
  if (filled > 0 || !yieldedOne) yield chunk.subarray(0, filled);
}

import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { migrationDataSource } from '@app/database';
import { DOCUMENT_CHUNK_BYTES, PostgresDocumentStorage, rechunk } from './document-storage';

const collect = async (content: AsyncIterable<Uint8Array>) => {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.from(chunk));
  return chunks;
};

/** Pieces of uneven sizes, as a multipart parser hands them over. */
async function* piecesOf(content: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  for (let offset = 0, i = 0; offset < content.length; i++) {
    const size = sizes[i % sizes.length];
    yield content.subarray(offset, offset + size);
    offset += size;
  }
}

describe('rechunk', () => {
  it('cuts any pieces into chunks of the size, the last one shorter', async () => {
    const content = randomBytes(25);
    const chunks = await collect(rechunk(piecesOf(content, [3, 11, 1, 0, 7]), 10));
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 5]);
    expect(Buffer.concat(chunks)).toEqual(content);
    expect((await collect(rechunk([randomBytes(20)], 10))).map((c) => c.length)).toEqual([10, 10]);
  });

  it('gives one empty chunk for an empty content', async () => {
    expect(await collect(rechunk([], 10))).toEqual([Buffer.alloc(0)]);
  });
});

/** The default storage on the run's PostgreSQL: rows of 256 KiB, written in the caller's transaction. */
describe('PostgresDocumentStorage', () => {
  let db: DataSource;
  const storage = new PostgresDocumentStorage();
  const rowsOf = async (key: string): Promise<{ seq: number; length: number }[]> =>
    db.query(`SELECT seq, length(content) AS length FROM mla_document_chunk WHERE key = $1 ORDER BY seq`, [key]);

  beforeAll(async () => {
    db = await migrationDataSource(process.env.DATABASE_URL!).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('stores a content of several chunks and gives it back chunk by chunk', async () => {
    const content = randomBytes(2 * DOCUMENT_CHUNK_BYTES + 90_000);
    const key = await db.transaction((m) => storage.put(m, piecesOf(content, [65_536, 1000, 300_000])));
    expect(await rowsOf(key)).toEqual([
      { seq: 0, length: DOCUMENT_CHUNK_BYTES },
      { seq: 1, length: DOCUMENT_CHUNK_BYTES },
      { seq: 2, length: 90_000 },
    ]);
    const chunks = await collect((await storage.get(db.manager, key))!);
    expect(chunks.map((c) => c.length)).toEqual([DOCUMENT_CHUNK_BYTES, DOCUMENT_CHUNK_BYTES, 90_000]);
    expect(createHash('sha256').update(Buffer.concat(chunks)).digest('hex')).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('stores an empty content as one empty row, and tells it from an unknown key', async () => {
    const key = await db.transaction((m) => storage.put(m, []));
    expect(await rowsOf(key)).toEqual([{ seq: 0, length: 0 }]);
    expect(Buffer.concat(await collect((await storage.get(db.manager, key))!))).toEqual(Buffer.alloc(0));
    expect(await storage.get(db.manager, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('keeps nothing of a content that fails midway once the transaction rolls back', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM mla_document_chunk`))[0].n;
    async function* failing(): AsyncGenerator<Buffer> {
      yield randomBytes(DOCUMENT_CHUNK_BYTES);
      yield randomBytes(DOCUMENT_CHUNK_BYTES);
      throw new Error('refused midway');
    }
    await expect(db.transaction((m) => storage.put(m, failing()))).rejects.toThrow('refused midway');
    expect((await db.query(`SELECT count(*)::int AS n FROM mla_document_chunk`))[0].n).toBe(before);
  });
});

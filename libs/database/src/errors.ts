import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed statement, whether it ran through TypeORM or straight on pg. */
const sqlStateOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError
    ? (error.driverError as { code?: string }).code
    : error instanceof Error && 'code' in error && typeof error.code === 'string'
      ? error.code
      : undefined;

/** A unique constraint refused the row: the command answers CONFLICT. */
export const isUniqueViolation = (error: unknown): boolean => sqlStateOf(error) === '23505';

/** A guarded statement found its row changed since it was read (expect_changed): the command answers CONFLICT. */
export const isConcurrentChange = (error: unknown): boolean => sqlStateOf(error) === '40001';

import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the row: the command answers CONFLICT. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

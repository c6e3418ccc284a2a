import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { BadUserInputError, NotFoundError } from '@app/kernel';
import { ValidationError } from 'class-validator';
import { formatError, INTERNAL, validationProblems } from './errors';

const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['case'] });

describe('formatError', () => {
  it('gives domain errors their code and field problems', () => {
    const error = BadUserInputError.of([{ field: 'email', problem: 'must be an e-mail address' }]);
    expect(formatError({ message: error.message, path: ['case'] }, asResolverError(error))).toEqual({
      message: 'Invalid input: email: must be an e-mail address',
      path: ['case'],
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'email', problem: 'must be an e-mail address' }] },
    });
    expect(formatError({ message: 'x' }, asResolverError(new NotFoundError('case not found'))).extensions).toEqual({
      code: 'NOT_FOUND',
    });
  });

  it('reports input validation failures as BAD_USER_INPUT with every message', () => {
    const error = new BadRequestException({ message: ['password must be at least 12 characters', 'roles must name at least one role'] });
    expect(formatError({ message: 'Bad Request' }, asResolverError(error))).toMatchObject({
      message: 'Invalid input: password must be at least 12 characters; roles must name at least one role',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('names the fields of a failed input validation as the services do, nested ones by path', () => {
    const failed = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
      Object.assign(new ValidationError(), { property, constraints, children });
    const errors = [
      failed('title', { length: 'title must be shorter than or equal to 300 characters' }),
      failed('consent', undefined, [failed('givenAt', { isDate: 'givenAt must be a Date instance' })]),
      failed('needs', undefined, [failed('0', undefined, [failed('note', { length: 'a note is too long' })])]),
    ];
    expect(validationProblems(errors)).toEqual([
      { field: 'title', problem: 'must be shorter than or equal to 300 characters' },
      { field: 'consent.givenAt', problem: 'must be a Date instance' },
      { field: 'needs[0].note', problem: 'a note is too long' },
    ]);
  });

  it('maps GraphQL validation failures to BAD_USER_INPUT', () => {
    const formatted = { message: 'Cannot query field "password" on type "User".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatError(formatted, new GraphQLError(formatted.message)).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('keeps the field problems of a refused request, and the persisted-query code clients fall back on', () => {
    const problems = [{ field: 'input.title', problem: 'must not contain a NUL character' }];
    const refused = { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', problems } };
    expect(formatError(refused, new GraphQLError(refused.message)).extensions).toEqual({ code: 'BAD_USER_INPUT', problems });
    const persisted = { message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } };
    expect(formatError(persisted, new GraphQLError(persisted.message)).extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_SUPPORTED' });
  });

  it('hides the detail of unexpected errors', () => {
    const leak = new Error('relation "app_user" does not exist at db.internal:5432');
    const formatted = formatError(
      { message: leak.message, path: ['case'], extensions: { stacktrace: ['at ...'] } },
      asResolverError(leak),
    );
    expect(formatted).toEqual({ message: 'Internal error', path: ['case'], extensions: { code: INTERNAL } });
    expect(JSON.stringify(formatted)).not.toContain('app_user');
  });
});

import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@app/kernel';

/**
 * Domain errors are answers, not faults: hand them to GraphQL as they are (formatError
 * gives them their code) instead of letting Nest log them as unhandled exceptions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}

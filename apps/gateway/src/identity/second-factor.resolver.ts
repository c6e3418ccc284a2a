import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { SecondFactorService } from '@app/identity';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/graphql';
import { OneTimeCodeArgs, RecoveryCodes, SecondFactorEnrolment } from './identity.types';
import { AllowedWhile } from './auth.guard';

@Resolver()
export class SecondFactorResolver {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @AllowedWhile('SECOND_FACTOR_ENROLMENT_REQUIRED')
  @Mutation(() => SecondFactorEnrolment, {
    description: 'Starts enrolling a TOTP authenticator (again, while unconfirmed); CONFLICT when one is enrolled',
  })
  beginSecondFactorEnrolment(@Ctx() ctx: AuthenticatedContext): Promise<SecondFactorEnrolment> {
    return this.secondFactor.beginEnrolment(ctx);
  }

  @AllowedWhile('SECOND_FACTOR_ENROLMENT_REQUIRED')
  @Mutation(() => RecoveryCodes, { description: 'Confirms the enrolment with a code of the authenticator; answers the recovery codes, shown this once' })
  async confirmSecondFactorEnrolment(@Ctx() ctx: AuthenticatedContext, @Args() { code }: OneTimeCodeArgs): Promise<RecoveryCodes> {
    return { codes: await this.secondFactor.confirmEnrolment(ctx, code) };
  }

  @Mutation(() => Boolean, { description: "Removes the second factor, with a one-time code; FORBIDDEN where the caller's role requires one" })
  disableSecondFactor(@Ctx() ctx: AuthenticatedContext, @Args() { code }: OneTimeCodeArgs): Promise<boolean> {
    return this.secondFactor.disable(ctx, code);
  }

  @Mutation(() => RecoveryCodes, { description: 'Replaces every recovery code, with a one-time code; the new ones are shown this once' })
  async regenerateRecoveryCodes(@Ctx() ctx: AuthenticatedContext, @Args('oneTimeCode') oneTimeCode: string): Promise<RecoveryCodes> {
    return { codes: await this.secondFactor.regenerateRecoveryCodes(ctx, oneTimeCode) };
  }
}

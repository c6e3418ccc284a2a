import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsUUID, Length, MaxLength } from 'class-validator';
import { FirstAgencyAdminView, NewFirstAgencyAdmin, PlatformAgencyView } from '@app/identity';
import { AgencyKind } from '@app/kernel';
import { StateModel, UserModel } from './identity.types';

@ObjectType('PlatformAgency', { description: "An agency as the platform admin manages it: no user's name or address" })
export class PlatformAgencyModel implements PlatformAgencyView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => StateModel)
  state: StateModel;

  @Field(() => Int, { description: 'Users holding AGENCY_ADMIN who are not disabled; 0: the agency awaits its first administrator' })
  activeAdministrators: number;
}

@InputType()
export class CreateFirstAgencyAdminInput implements NewFirstAgencyAdmin {
  @Field(() => ID)
  @IsUUID()
  agencyId: string;

  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @Length(1, 200)
  displayName: string;
}

@ObjectType()
export class FirstAgencyAdmin implements FirstAgencyAdminView {
  @Field(() => UserModel)
  user: UserModel;

  @Field({ description: 'Shown this once: hand it to the new administrator, who must change it at the first sign-in' })
  temporaryPassword: string;
}

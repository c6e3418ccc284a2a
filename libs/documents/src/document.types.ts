import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** What every document tells of itself, whatever it belongs to (an MLA request, a handoff). */
@ObjectType({ isAbstract: true })
export abstract class DocumentFields {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex' })
  sha256: string;

  @Field(() => ID)
  uploadedAgencyId: string;

  @Field()
  createdAt: Date;
}

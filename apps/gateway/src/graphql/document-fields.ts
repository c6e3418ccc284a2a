import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DocumentFields } from '@app/documents';

/** The GraphQL fields every document type has, whatever it belongs to (an MLA request, a handoff). */
@ObjectType({ isAbstract: true })
export abstract class DocumentFieldsType implements DocumentFields {
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

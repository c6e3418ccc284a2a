import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@app/graphql';
import { Handoff, HandoffDocument, HandoffDocumentsService, HandoffViewKind } from '@app/handoffs';
import { HandoffDocumentModel, HandoffModel } from './handoff.types';

@Resolver(() => HandoffModel)
export class HandoffDocumentsResolver {
  constructor(private readonly store: HandoffDocumentsService) {}

  @ResolveField(() => [HandoffDocumentModel], {
    nullable: true,
    description: 'Coordinators only: consent form, risk assessment, medical or legal papers, oldest first (upload: POST /handoffs/{id}/documents?kind=)',
  })
  documents(@Parent() handoff: Handoff, @Loaders() loaders: RequestLoaders): Promise<HandoffDocument[]> | null {
    // The handoff was read with the caller's view: only a coordinator's view lists its documents.
    if (handoff.view !== HandoffViewKind.COORDINATOR) return null;
    return loaders.load('handoffs.documents', (ids) => this.store.listOf(ids), handoff.id);
  }
}

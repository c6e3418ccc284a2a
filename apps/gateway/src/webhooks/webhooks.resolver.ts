import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { connectionOf, Ctx } from '@app/graphql';
import { WebhooksCommands, WebhooksQueries } from '@app/webhooks';
import {
  RegisteredWebhookEndpoint,
  RegisterWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpoint,
} from './webhook.types';

@Resolver()
export class WebhooksResolver {
  constructor(
    private readonly commands: WebhooksCommands,
    private readonly queries: WebhooksQueries,
  ) {}

  @Query(() => [WebhookEndpoint], { description: "AGENCY_ADMIN: the webhook endpoints of the own agency, newest first." })
  webhookEndpoints(@Ctx() ctx: AuthenticatedContext): Promise<WebhookEndpoint[]> {
    return this.queries.endpoints(ctx);
  }

  @Query(() => WebhookDeliveryConnection, { description: "AGENCY_ADMIN: an own endpoint's delivery log, newest first, with every attempt." })
  async webhookDeliveries(@Ctx() ctx: AuthenticatedContext, @Args() args: WebhookDeliveriesArgs) {
    return connectionOf(await this.queries.deliveries(ctx, args));
  }

  @Mutation(() => RegisteredWebhookEndpoint, {
    description: 'AGENCY_ADMIN: registers an endpoint of the own agency for these event kinds; the signing secret is shown this once.',
  })
  registerWebhookEndpoint(@Ctx() ctx: AuthenticatedContext, @Args('input') input: RegisterWebhookEndpointInput): Promise<RegisteredWebhookEndpoint> {
    return this.commands.register(ctx, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'AGENCY_ADMIN: stops deliveries to an own endpoint; pending ones are given up.' })
  disableWebhookEndpoint(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookEndpoint> {
    return this.commands.disable(ctx, id);
  }
}

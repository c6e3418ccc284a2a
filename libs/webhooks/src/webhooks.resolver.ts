import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedContext } from '@app/kernel';
import { Ctx } from '@app/platform';
import {
  RegisteredWebhookEndpoint,
  RegisterWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpoint,
} from './dto/webhook.types';
import { WebhooksService } from './webhooks.service';

@Resolver()
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Query(() => [WebhookEndpoint], { description: "AGENCY_ADMIN: the webhook endpoints of the own agency, newest first." })
  webhookEndpoints(@Ctx() ctx: AuthenticatedContext): Promise<WebhookEndpoint[]> {
    return this.webhooks.endpoints(ctx);
  }

  @Query(() => WebhookDeliveryConnection, { description: "AGENCY_ADMIN: an own endpoint's delivery log, newest first, with every attempt." })
  webhookDeliveries(@Ctx() ctx: AuthenticatedContext, @Args() args: WebhookDeliveriesArgs) {
    return this.webhooks.deliveries(ctx, args);
  }

  @Mutation(() => RegisteredWebhookEndpoint, {
    description: 'AGENCY_ADMIN: registers an endpoint of the own agency for these event kinds; the signing secret is shown this once.',
  })
  registerWebhookEndpoint(@Ctx() ctx: AuthenticatedContext, @Args('input') input: RegisterWebhookEndpointInput): Promise<RegisteredWebhookEndpoint> {
    return this.webhooks.register(ctx, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'AGENCY_ADMIN: stops deliveries to an own endpoint; pending ones are given up.' })
  disableWebhookEndpoint(@Ctx() ctx: AuthenticatedContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookEndpoint> {
    return this.webhooks.disable(ctx, id);
  }
}

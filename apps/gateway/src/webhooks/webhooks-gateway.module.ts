import { Module } from '@nestjs/common';
import { WebhooksModule } from '@app/webhooks';
import { WebhooksResolver } from './webhooks.resolver';

/** An agency admin's webhook endpoints and their delivery log over GraphQL. */
@Module({
  imports: [WebhooksModule],
  providers: [WebhooksResolver],
})
export class WebhooksGatewayModule {}

export * from './domain/webhook-events';
export * from './dto/webhook.types';
export * from './webhooks.service';
export * from './webhooks.resolver';
export * from './webhooks.module';
export * from './delivery/webhook-dispatcher';
export * from './delivery/webhook-delivery.processor';
export * from './consumers/webhook-consumers';

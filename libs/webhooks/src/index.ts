export * from './domain/webhook-events';
export * from './webhook-views';
export * from './webhooks.commands';
export * from './webhooks.queries';
export * from './webhooks.module';
export * from './delivery/webhook-dispatcher';
export * from './delivery/webhook-delivery.processor';
export * from './consumers/webhook-consumers';

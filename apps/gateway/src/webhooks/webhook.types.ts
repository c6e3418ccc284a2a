import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Connection, PageArgs } from '@app/graphql';
import {
  RegisteredWebhookEndpointView,
  RegisterWebhookEndpoint,
  WebhookAttemptView,
  WebhookDeliveriesQuery,
  WebhookDeliveryStatus,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEventKind,
} from '@app/webhooks';

registerEnumType(WebhookEventKind, {
  name: 'WebhookEventKind',
  description: `Domain events an endpoint may subscribe to. The payload's type names them: ${Object.values(WebhookEventKind).join(', ')}.`,
});

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType({ description: "An endpoint of the agency's national case-management system, told of events by signed POSTs (Standard Webhooks)." })
export class WebhookEndpoint implements WebhookEndpointView {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEventKind])
  eventKinds: WebhookEventKind[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Failed attempts in a row; the endpoint is disabled at WEBHOOK_DISABLE_AFTER_FAILURES.' })
  consecutiveFailures: number;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true })
  disabledReason: string | null;
}

@ObjectType()
export class RegisteredWebhookEndpoint implements RegisteredWebhookEndpointView {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: 'The signing secret (whsec_…), shown this once: the platform cannot show it again.' })
  secret: string;
}

@InputType()
export class RegisterWebhookEndpointInput implements RegisterWebhookEndpoint {
  @Field({ description: 'https in production; hosts resolving to loopback, private or link-local addresses are refused unless allow-listed.' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field(() => [WebhookEventKind])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventKind, { each: true })
  eventKinds: WebhookEventKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string | null;
}

@ObjectType({ description: 'One attempt at a delivery: the answer, or why there was none.' })
export class WebhookAttempt implements WebhookAttemptView {
  @Field(() => Int)
  attempt: number;

  @Field()
  attemptedAt: Date;

  @Field(() => Int)
  durationMs: number;

  @Field(() => Int, { nullable: true })
  statusCode: number | null;

  @Field(() => String, { nullable: true })
  error: string | null;
}

@ObjectType({ description: 'One event told to one endpoint; its id is the webhook-id header, the same on every attempt.' })
export class WebhookDelivery implements WebhookDeliveryView {
  @Field(() => ID)
  id: string;

  @Field(() => WebhookEventKind)
  eventKind: WebhookEventKind;

  @Field()
  objectType: string;

  @Field()
  objectId: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  occurredAt: Date;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while pending.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => [WebhookAttempt])
  attempts: WebhookAttempt[];
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs implements WebhookDeliveriesQuery {
  @Field(() => ID)
  @IsUUID()
  endpointId: string;
}

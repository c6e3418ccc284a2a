import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Change, CommandStep } from '@app/commands';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthenticatedContext, BadUserInputError, Clock, CLOCK, Keyring, seal } from '@app/kernel';
import { AddressPolicy, addressPolicy, hostOf, urlProblem } from './domain/address-rules';
import { newWebhookSecret } from './domain/retry';
import { AddressRefusedError, checkedAddresses } from './delivery/webhook-sender';
import { EndpointRow, giveUpStatement, secretAad, toEndpointView, WEBHOOK_KEYRING, webhookEndpoints } from './webhook-records';
import { RegisteredWebhookEndpointView, RegisterWebhookEndpoint, WebhookEndpointView } from './webhook-views';

/**
 * An agency admin's commands on the agency's webhook endpoints ('webhook:*' in the access
 * policy): register one with a secret shown once (sealed at rest), disable one. Each goes
 * through the command step: refusals audited, the change and its audit row one statement.
 */
@Injectable()
export class WebhooksCommands {
  private readonly policy: AddressPolicy;

  constructor(
    private readonly step: CommandStep,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_KEYRING) private readonly keyring: Keyring,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.policy = addressPolicy(config.WEBHOOK_ALLOWED_HOSTS);
  }

  async register(ctx: AuthenticatedContext, input: RegisterWebhookEndpoint): Promise<RegisteredWebhookEndpointView> {
    const { agencyId, userId } = ctx.actor;
    const secret = newWebhookSecret();
    const row = await this.step.create(ctx, webhookEndpoints, {
      action: 'webhook:register',
      target: { agencyId },
      decide: async () => {
        await this.checkUrl(input.url);
        const id = randomUUID();
        const sealed = seal(this.keyring, secret, secretAad(id));
        const kinds = [...new Set(input.eventKinds)];
        return {
          insert: {
            id,
            agency_id: agencyId,
            url: input.url,
            event_kinds: kinds,
            description: input.description ?? null,
            secret_key_id: sealed.keyId,
            secret_sealed: sealed.data,
            created_by: userId,
          },
          audit: { action: 'webhook.register', details: { kinds: kinds.join(',') } },
        };
      },
    });
    return { endpoint: toEndpointView(row), secret };
  }

  /** Stops deliveries to the endpoint; those still pending are given up. Disabling a disabled endpoint changes nothing. */
  async disable(ctx: AuthenticatedContext, endpointId: string): Promise<WebhookEndpointView> {
    const row = await this.step.change(ctx, webhookEndpoints, {
      action: 'webhook:disable',
      id: endpointId,
      expectedVersion: null,
      decide: (endpoint) => disabling(endpoint, this.clock.now()),
    });
    return toEndpointView(row);
  }

  /** The URL's form, then its host's addresses: refused as input, before anything is stored. */
  private async checkUrl(raw: string): Promise<void> {
    const problem = urlProblem(raw, this.config.isProduction);
    if (problem) throw BadUserInputError.of([{ field: 'url', problem }]);
    try {
      await checkedAddresses(this.policy, hostOf(new URL(raw)));
    } catch (error) {
      if (error instanceof AddressRefusedError) throw BadUserInputError.of([{ field: 'url', problem: error.message }]);
      throw error;
    }
  }
}

/** An admin's disabling: the endpoint stops at `now` with its pending deliveries, unless it already stopped (then only the attempt is recorded). */
function disabling(endpoint: EndpointRow, now: Date): Change {
  const audit = { action: 'webhook.disable' };
  if (endpoint.disabled_at) return { audit };
  return { set: { disabled_at: now, disabled_reason: 'disabled by an agency admin' }, alongside: [giveUpStatement(endpoint.id)], audit };
}

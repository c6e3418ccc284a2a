import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { NamedStatement, queryPrepared, runTogether, Statement } from '@app/database';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DOMAIN_EVENTS_QUEUE, DomainEventJob } from './catalogue';
import { consumerConnection, withTimeout } from './domain-event-jobs';
import { EventConsumer } from './event-consumer';
import { EventConsumerRegistry } from './event-consumer.registry';
import { LiveSignalSender } from './live/live-signal-sender';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Consumes the domain-event queue: hands each event to every consumer that handles its type,
 * each in its own transaction with its inbox row, then marks the event processed so the
 * reconciler stops watching it.
 */
@Injectable()
export class DomainEventProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DomainEventProcessor.name);
  private worker: Worker<DomainEventJob> | null = null;
  private readonly running = new Set<Promise<number>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly registry: EventConsumerRegistry,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelay,
    private readonly live: LiveSignalSender,
  ) {}

  onApplicationBootstrap(): void {
    const worker = new Worker<DomainEventJob>(DOMAIN_EVENTS_QUEUE, (job) => this.track(this.processAndRelayFollowUps(job.data)), {
      connection: consumerConnection(this.config),
      prefix: this.config.QUEUE_PREFIX,
      // Each event waits on PostgreSQL and Redis more than it computes: several at once keep the worker busy.
      concurrency: this.config.EVENTS_AT_ONCE,
    });
    // Without a listener an 'error' (Redis away) would crash the process; the worker reconnects by itself.
    worker.on('error', (error) => this.logger.warn(`Event queue: ${error.message}`));
    worker.on('failed', (job, error) =>
      this.logger.warn(`Event ${job?.id ?? '?'} (${job?.name ?? '?'}) failed: ${error.message}`),
    );
    this.worker = worker;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    // Stop fetching, let running events finish (bounded), then close without waiting on Redis,
    // which may be away at shutdown. An event cut short is redelivered: its inbox row never committed.
    await worker.pause(true);
    await withTimeout(Promise.allSettled(this.running), SHUTDOWN_GRACE_MS, 'Finishing running events').catch(
      (error: Error) => this.logger.warn(error.message),
    );
    await worker.close(true);
  }

  /** Stops taking new jobs (active ones finish), e.g. for maintenance. */
  async pause(): Promise<void> {
    await this.worker?.pause();
  }

  resume(): void {
    this.worker?.resume();
  }

  /**
   * Applies one event; safe to call any number of times for the same event. Returns how many
   * consumers applied their effect on this call (0 when all had already done so). Throws when
   * a consumer failed, after the others have committed, so a retry only repeats the failed ones
   * (when every effect is harmless to repeat, they are applied together: see applyAllOnce).
   */
  async processEvent(event: DomainEventJob): Promise<number> {
    let applied = 0;
    const failed: string[] = [];
    const consumers = this.registry.consumersOf(event.type);
    const effects = consumers.map((consumer) => consumer.repeatableEffect?.(event) ?? null);
    if (consumers.length > 1 && effects.every((effect) => effect !== null)) {
      return this.applyAllOnce(consumers, effects as Statement[], event);
    }
    for (const [i, consumer] of consumers.entries()) {
      // The last consumer's transaction also marks the event processed, when all before it succeeded.
      const completes = i === consumers.length - 1 && failed.length === 0;
      try {
        if (await this.applyOnce(consumer, effects[i], event, completes)) applied += 1;
      } catch (error) {
        failed.push(consumer.name);
        this.logger.error(
          `Consumer ${consumer.name} failed on event ${event.eventId} (${event.type}): ${(error as Error).message}`,
          (error as Error).stack,
        );
      }
    }
    if (failed.length) {
      throw new Error(`Event ${event.eventId} (${event.type}) failed in ${failed.join(', ')}`);
    }
    if (consumers.length === 0) {
      const { sql, params } = markProcessed(event);
      await queryPrepared(this.dataSource, sql, [...params]);
    }
    return applied;
  }

  /**
   * Events that consumers wrote (a match found, say) are relayed at once rather than at the
   * next poll: when processEvent returns, the transactions that wrote them have committed.
   * So have the notifications they wrote: the gateways are told, to push them live.
   */
  private async processAndRelayFollowUps(event: DomainEventJob): Promise<number> {
    const written = this.outbox.eventsWritten;
    const applied = await this.processEvent(event);
    if (this.outbox.eventsWritten !== written) this.relay.wake();
    if (applied > 0) await this.live.send('event-applied', { eventId: event.eventId });
    return applied;
  }

  private track(run: Promise<number>): Promise<number> {
    this.running.add(run);
    return run.finally(() => this.running.delete(run));
  }

  /**
   * Every consumer's effect is harmless to repeat: their inbox rows, effects and the processed
   * mark are one statement (one round trip for the event, not one per consumer). Should one
   * fail, none is kept, and the retry repeats them all. Returns how many inbox rows were new.
   */
  private async applyAllOnce(consumers: readonly EventConsumer[], effects: Statement[], event: DomainEventJob): Promise<number> {
    const claims = consumers.map((consumer, i) => claimOf(consumer, event, `claimed_${i}`));
    const claimedSql = claims.map(({ name }) => `SELECT event_id FROM ${name}`).join(' UNION ALL ');
    try {
      return (await runTogether(this.dataSource.manager, [...claims, ...effects, markProcessed(event)], { sql: claimedSql, params: [] })).length;
    } catch (error) {
      const names = consumers.map((consumer) => consumer.name).join(', ');
      this.logger.error(`Consumers ${names} failed on event ${event.eventId} (${event.type}): ${(error as Error).message}`, (error as Error).stack);
      throw new Error(`Event ${event.eventId} (${event.type}) failed in ${names}`);
    }
  }

  /**
   * The inbox row and the effect commit together. A concurrent delivery of the same event
   * waits on the inbox key and then finds it taken, so it never applies the effect twice.
   */
  private async applyOnce(consumer: EventConsumer, effect: Statement | null, event: DomainEventJob, completesEvent: boolean): Promise<boolean> {
    const claim = claimOf(consumer, event, 'claimed');
    const processed = completesEvent ? [markProcessed(event)] : [];
    const claimed = { sql: `SELECT event_id FROM claimed`, params: [] };
    if (effect) {
      // Harmless to repeat, so it need not wait for the claim: one statement, no transaction.
      return (await runTogether(this.dataSource.manager, [claim, effect, ...processed], claimed)).length > 0;
    }
    const { isNew, signals } = await this.dataSource.transaction(async (manager) => {
      // Claimed and, for the last consumer, marked processed in one statement: should the
      // effect fail, the transaction takes both back.
      const isNew = (await runTogether(manager, [claim, ...processed], claimed)).length > 0;
      return { isNew, signals: isNew ? await consumer.handle(manager, event) : undefined };
    });
    // After the commit: a screen told now reads the change.
    if (signals) await this.live.sendAll(signals);
    return isNew;
  }
}

/** The consumer's inbox row for the event, answering it (as `name`) only when it is new. */
const claimOf = (consumer: EventConsumer, event: DomainEventJob, name: string): NamedStatement => ({
  name,
  sql: `INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
  params: [consumer.name, event.eventId],
});

/**
 * The reconciler stops watching a processed event; a repeat keeps the first time. By primary
 * key alone: with a condition on processed_at the planner may take the index of unprocessed
 * events and walk it whole to find this one, so a worker catching up on N waiting events did
 * N² work (3 ms an event at 8,000 waiting, against 0.04 ms by key).
 */
export const markProcessed = (event: Pick<DomainEventJob, 'eventId'>): Statement => ({
  sql: `UPDATE outbox_event SET processed_at = coalesce(processed_at, now()) WHERE id = $1`,
  params: [event.eventId],
});


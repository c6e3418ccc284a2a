import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { withFilter } from 'graphql-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { LiveChannel, liveChannelName, LiveSignals } from './live-channels';

/**
 * The gateway's end of the live signals: one Redis subscription per channel, shared by every
 * GraphQL subscription of this process (graphql-redis-subscriptions counts them).
 */
@Injectable()
export class LiveFeed implements OnModuleDestroy {
  private readonly pubsub: RedisPubSub;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.pubsub = new RedisPubSub({
      subscriber: new Redis(config.REDIS_URL),
      // Signals are sent by LiveSignalSender; this client is never connected.
      publisher: new Redis(config.REDIS_URL, { lazyConnect: true }),
    });
  }

  /**
   * The signals of `channel` that `accept` lets through, as a subscription's iterator; `accept`
   * runs at each delivery, so it applies the access rules of that moment.
   */
  follow<C extends LiveChannel>(channel: C, accept: (signal: LiveSignals[C]) => boolean | Promise<boolean>): AsyncIterableIterator<LiveSignals[C]> {
    const signals = () => this.pubsub.asyncIterator<LiveSignals[C]>(liveChannelName(this.config.QUEUE_PREFIX, channel));
    return withFilter(signals, (signal?: LiveSignals[C]) => signal !== undefined && accept(signal))() as AsyncIterableIterator<LiveSignals[C]>;
  }

  /** Calls `handle` with every signal of `channel` until the process stops (a process-wide listener). */
  async listen<C extends LiveChannel>(channel: C, handle: (signal: LiveSignals[C]) => void): Promise<void> {
    await this.pubsub.subscribe(liveChannelName(this.config.QUEUE_PREFIX, channel), handle);
  }

  onModuleDestroy(): void {
    this.pubsub.getSubscriber().disconnect();
    this.pubsub.getPublisher().disconnect();
  }
}

import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { LiveFeed } from '@app/events';
import { NotificationView } from './notification-views';
import { NotificationsQueries } from './notifications.queries';

/**
 * Pushes new notifications to their recipients' subscriptions on this gateway. The worker says
 * when an event's consumers committed; this gateway reads that event's notifications once and
 * hands each to its recipient's subscriptions here, never to anyone else's.
 */
@Injectable()
export class NotificationsLive implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsLive.name);
  private readonly local = new PubSub<Record<string, NotificationView>>();
  private readonly listening = new Map<string, number>();

  constructor(
    private readonly feed: LiveFeed,
    private readonly notifications: NotificationsQueries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.feed.listen('event-applied', ({ eventId }) => {
      if (this.listening.size === 0) return;
      this.push(eventId).catch((error: Error) => this.logger.warn(`notifications of event ${eventId} not pushed: ${error.message}`));
    });
  }

  /** The notifications of one user from now on, until the subscription ends. */
  of(userId: string): AsyncIterableIterator<NotificationView> {
    this.listening.set(userId, (this.listening.get(userId) ?? 0) + 1);
    const iterator = this.local.asyncIterableIterator<NotificationView>(userId);
    const end = iterator.return?.bind(iterator);
    iterator.return = () => {
      const left = (this.listening.get(userId) ?? 1) - 1;
      if (left > 0) this.listening.set(userId, left);
      else this.listening.delete(userId);
      return end ? end() : Promise.resolve({ done: true, value: undefined });
    };
    return iterator;
  }

  private async push(eventId: string): Promise<void> {
    for (const { recipientUserId, ...notification } of await this.notifications.ofEvent(eventId)) {
      if (this.listening.has(recipientUserId)) await this.local.publish(recipientUserId, notification);
    }
  }
}

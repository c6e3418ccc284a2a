import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { queryPrepared } from '@app/database';
import { Role } from '@app/kernel';
import { SessionCache } from './session-cache';

/** What every request needs to know of its session, beyond the access token's signature. */
export interface SessionState {
  readonly userId: string;
  /** The session was not ended (signed out, ended, password reset) and the user is not disabled. */
  readonly live: boolean;
  /** The user's roles now: a revoked role stops working at once, whatever the token says. */
  readonly roles: Role[];
  readonly passwordChangeRequired: boolean;
  readonly secondFactorEnrolled: boolean;
}

const SESSION_STATE_SQL = `
  SELECT s.user_id AS "userId", (s.ended_at IS NULL AND u.disabled_at IS NULL) AS live, u.roles,
         u.password_change_required AS "passwordChangeRequired",
         EXISTS (SELECT 1 FROM user_second_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS "secondFactorEnrolled"
    FROM user_session s JOIN app_user u ON u.id = s.user_id
   WHERE s.id = $1`;

/**
 * The per-request check of a session, cheap: read once per SESSION_CHECK_CACHE_SECONDS and
 * kept in process. A change to a user's sessions, roles or account is announced on a Redis
 * channel after its commit; every gateway (this one too) forgets that user's sessions at once.
 * A gateway that lost Redis forgets everything when it is back, and the cache's short life
 * bounds what it may have missed meanwhile.
 */
@Injectable()
export class SessionStates implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SessionStates.name);
  private readonly cache: SessionCache<SessionState>;
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners: ((userId: string) => void)[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new SessionCache(config.SESSION_CHECK_CACHE_SECONDS * 1000);
    this.channel = `${config.QUEUE_PREFIX}:session-changes`;
    this.publisher = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: 2000 });
    this.subscriber = new Redis(config.REDIS_URL, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber]) {
      // Once per outage, not once per reconnection attempt.
      let reported = false;
      client.on('error', (error: Error) => {
        if (!reported) this.logger.warn(`session changes channel: ${error.message}`);
        reported = true;
      });
      client.on('ready', () => (reported = false));
    }
  }

  async onModuleInit(): Promise<void> {
    this.subscriber.on('message', (_channel: string, userId: string) => {
      this.cache.invalidateUser(userId);
      for (const listener of this.listeners) listener(userId);
    });
    try {
      await this.subscriber.connect();
      await this.subscriber.subscribe(this.channel);
    } catch (error) {
      // Started without Redis: sessions are read again every SESSION_CHECK_CACHE_SECONDS meanwhile.
      this.logger.warn(`not subscribed to session changes yet: ${(error as Error).message}`);
    }
    // Back after losing Redis: what was announced meanwhile is lost, so everything is forgotten,
    // and the channel subscribed (again, or for the first time if the start found no Redis).
    this.subscriber.on('ready', () => {
      this.cache.clear();
      this.subscriber.subscribe(this.channel).catch((error: Error) => this.logger.warn(`not subscribed to session changes: ${error.message}`));
    });
  }

  onApplicationShutdown(): void {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  /** The session's state now (null: no such session), from the cache when it is fresh. */
  async of(sessionId: string): Promise<SessionState | null> {
    const cached = this.cache.get(sessionId, Date.now());
    if (cached) return cached;
    const begun = this.cache.begin();
    const [state] = await queryPrepared<SessionState & { [column: string]: unknown }>(this.db, SESSION_STATE_SQL, [sessionId]);
    if (!state) return null;
    this.cache.put(sessionId, state, begun, Date.now());
    return state;
  }

  /** Calls `listener` with every user whose sessions, roles or account changed (on any gateway), after the cache forgot them. */
  onUserChanged(listener: (userId: string) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Announces, after its commit, that a user's sessions or account changed: this gateway
   * forgets them now, the others when the message arrives (a few milliseconds).
   */
  async changed(userId: string): Promise<void> {
    this.cache.invalidateUser(userId);
    await this.publisher.publish(this.channel, userId).catch((error: Error) => {
      this.logger.warn(`session change of ${userId} not announced: ${error.message}`);
    });
  }
}

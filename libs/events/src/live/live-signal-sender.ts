import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { LiveChannel, liveChannelName, LiveSignal, LiveSignals } from './live-channels';

/**
 * Says on Redis that a change committed. Called after the commit and never failing the
 * command: a signal lost while Redis is away only delays the screens, which catch up from the
 * notifications list and their next read.
 */
@Injectable()
export class LiveSignalSender implements OnModuleDestroy {
  private readonly logger = new Logger(LiveSignalSender.name);
  private readonly publisher: Redis;
  private reported = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.publisher = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 2000 });
    this.publisher.on('error', (error: Error) => {
      if (!this.reported) this.logger.warn(`live signals: ${error.message}`);
      this.reported = true;
    });
    this.publisher.on('ready', () => (this.reported = false));
  }

  async send<C extends LiveChannel>(channel: C, signal: LiveSignals[C]): Promise<void> {
    await this.publish(channel, signal);
  }

  /** Signals handed on by a change that committed (a consumer's), each on its channel. */
  async sendAll(signals: readonly LiveSignal[]): Promise<void> {
    await Promise.all(signals.map(({ channel, signal }) => this.publish(channel, signal)));
  }

  private async publish(channel: LiveChannel, signal: LiveSignal['signal']): Promise<void> {
    await this.publisher.publish(liveChannelName(this.config.QUEUE_PREFIX, channel), JSON.stringify(signal)).catch((error: Error) => {
      this.logger.warn(`live signal ${channel} not sent: ${error.message}`);
    });
  }

  onModuleDestroy(): void {
    this.publisher.disconnect();
  }
}

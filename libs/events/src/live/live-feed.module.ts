import { Global, Module } from '@nestjs/common';
import { LiveFeed } from './live-feed';

/** The gateway's feed of live signals, read by the subscriptions of every context. */
@Global()
@Module({
  providers: [LiveFeed],
  exports: [LiveFeed],
})
export class LiveFeedModule {}

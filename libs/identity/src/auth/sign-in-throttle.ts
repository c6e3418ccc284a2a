import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import pLimit from 'p-limit';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@app/config';
import { TooManyRequestsError } from '@app/kernel';
import { REDIS } from '@app/platform';
import { secondsUntilDrained, VerificationBounds, verificationQueueFull } from './sign-in.rules';

const TOO_MANY = 'Too many sign-in attempts; try again later';

/** A limiter in Redis, shared by every gateway; while Redis is away, each gateway counts alone. */
function sharedLimiter(redis: Redis, keyPrefix: string, points: number, durationSeconds: number): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points,
    duration: durationSeconds,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds }),
  });
}

const waitOf = (refusal: unknown) => Math.max(1, Math.ceil((refusal instanceof RateLimiterRes ? refusal.msBeforeNext : 60_000) / 1000));

/**
 * Guessing passwords is made slow from every side: attempts per client address, failures
 * per account (beside the lock-out) and failures across all accounts (password spraying
 * from many addresses). argon2 verifications run a few at a time, so a flood of sign-ins
 * cannot take the machine from everyone else; beyond a short queue they are refused, sign-ins
 * at the door, before anything is asked of Redis or the database.
 */
@Injectable()
export class SignInThrottle {
  private readonly perAddress: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;
  private readonly platformWide: RateLimiterRedis;
  private readonly codesPerUser: RateLimiterRedis;
  private readonly verifications: pLimit.Limit;
  private readonly bounds: VerificationBounds;
  /** Sign-ins let in at the door and not yet answered (see withPlace). */
  private signInsInProgress = 0;
  /** A moving average of how long a verification ran lately (0 before the first), for Retry-After. */
  private verificationMs = 0;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    const prefix = `${config.QUEUE_PREFIX}:sign-in`;
    const window = config.SIGN_IN_THROTTLE_MINUTES * 60;
    this.perAddress = sharedLimiter(redis, `${prefix}:address`, config.SIGN_IN_ATTEMPTS_PER_ADDRESS, window);
    this.perAccount = sharedLimiter(redis, `${prefix}:account`, config.SIGN_IN_FAILURES_PER_ACCOUNT, window);
    this.platformWide = sharedLimiter(redis, `${prefix}:all`, config.SIGN_IN_FAILURES_PER_MINUTE, 60);
    // Wrong one-time codes of a signed-in user (enrolment, reveal ...): six digits are guessed otherwise.
    this.codesPerUser = sharedLimiter(redis, `${prefix}:code`, config.SIGN_IN_FAILURES_PER_ACCOUNT, window);
    this.verifications = pLimit(config.SIGN_IN_VERIFICATIONS_AT_ONCE);
    this.bounds = { atOnce: config.SIGN_IN_VERIFICATIONS_AT_ONCE, queued: config.SIGN_IN_VERIFICATIONS_QUEUED };
  }

  /**
   * Runs a sign-in when a verification place, running or waiting, is free for it, and holds the
   * place until the sign-in is answered; when none is, refuses it at once. A flood beyond the
   * queue then costs no Redis or database work (nor an audit row): what it would cost is what
   * the flood is refused to spare.
   */
  async withPlace<T>(signIn: () => Promise<T>): Promise<T> {
    const { activeCount, pendingCount } = this.verifications;
    // Other verifications (a password change, a set-password link) wait in the same queue.
    this.refuseWhenFull(Math.max(this.signInsInProgress, activeCount + pendingCount));
    this.signInsInProgress += 1;
    try {
      return await signIn();
    } finally {
      this.signInsInProgress -= 1;
    }
  }

  /** Counts the attempt against its address; refuses it when any budget is spent. */
  async admit(clientAddress: string | undefined, email: string): Promise<void> {
    await this.perAddress.consume(clientAddress ?? 'unknown').catch((refusal: unknown) => {
      throw new TooManyRequestsError(TOO_MANY, waitOf(refusal));
    });
    await this.spent(this.perAccount, email, this.config.SIGN_IN_FAILURES_PER_ACCOUNT);
    await this.spent(this.platformWide, 'failures', this.config.SIGN_IN_FAILURES_PER_MINUTE);
  }

  /** Refuses a signed-in user's one-time code once too many of theirs were wrong. */
  admitCode(userId: string): Promise<void> {
    return this.spent(this.codesPerUser, userId, this.config.SIGN_IN_FAILURES_PER_ACCOUNT);
  }

  async codeFailed(userId: string): Promise<void> {
    await this.codesPerUser.penalty(userId).catch(() => undefined);
  }

  private async spent(limiter: RateLimiterRedis, key: string, points: number): Promise<void> {
    const state = await limiter.get(key).catch(() => null);
    if (state && state.consumedPoints >= points) throw new TooManyRequestsError(TOO_MANY, waitOf(state));
  }

  async failed(email: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email), this.platformWide.penalty('failures')]).catch(() => undefined);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email).catch(() => undefined);
  }

  /** Runs a password verification when a slot is free; refuses it when too many already wait. */
  async verify<T>(verification: () => Promise<T>): Promise<T> {
    const { activeCount, pendingCount } = this.verifications;
    this.refuseWhenFull(activeCount + pendingCount);
    return this.verifications(async () => {
      const started = performance.now();
      try {
        return await verification();
      } finally {
        const ms = performance.now() - started;
        // Weighted to the last few, so the estimate follows the machine's load.
        this.verificationMs = this.verificationMs ? 0.8 * this.verificationMs + 0.2 * ms : ms;
      }
    });
  }

  private refuseWhenFull(taken: number): void {
    if (verificationQueueFull(taken, this.bounds)) {
      throw new TooManyRequestsError(TOO_MANY, secondsUntilDrained(taken, this.bounds, this.verificationMs));
    }
  }
}

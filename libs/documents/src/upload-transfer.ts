import { TransferRefusedError } from './document-errors';
import { TransferLimits, TransferMeter, transferRefusal } from './transfer-limits';

/** How often the limits are looked at while the client is awaited. */
const CHECK_EVERY_MS = 250;

type Settled<T> = { value: T } | { error: unknown };

/**
 * Enforces an upload's time limits (transfer-limits.ts) on each wait for its client, from the
 * request's start to the last byte: a wait that breaks one gives up the client's connection
 * and throws a 408 refusal, so a client dripping bytes holds an upload slot only so long.
 */
export class UploadTransfer {
  private readonly meter: TransferMeter;

  constructor(
    private readonly limits: TransferLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.meter = new TransferMeter(limits.windowMs, now());
  }

  /**
   * What `pending` gives (a part of the upload, or the next chunk, sized by `sizeOf`), unless a
   * limit breaks first: then `abandon` is called (which should end `pending`) and the refusal thrown.
   */
  async wait<T>(pending: Promise<T>, sizeOf: (value: T) => number, abandon: () => void): Promise<T> {
    const outcome: Promise<Settled<T>> = pending.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const from = this.now();
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), CHECK_EVERY_MS)));
      const settled = await Promise.race([outcome, tick]);
      clearTimeout(timer);
      const now = this.now();
      if (settled) {
        if ('error' in settled) throw settled.error;
        this.meter.waited(now - from, sizeOf(settled.value));
        this.enforce(now, 0, abandon);
        return settled.value;
      }
      this.enforce(now, now - from, abandon);
    }
  }

  private enforce(now: number, silentMs: number, abandon: () => void): void {
    const refusal = transferRefusal(this.limits, this.meter.progress(now, silentMs));
    if (!refusal) return;
    abandon();
    throw new TransferRefusedError(refusal);
  }
}

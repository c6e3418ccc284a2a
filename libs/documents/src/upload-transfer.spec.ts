import { TransferRefusedError } from './document-errors';
import { UploadTransfer } from './upload-transfer';

const LIMITS = { idleMs: 3_000, minBytesPerSecond: 100, windowMs: 2_000, deadlineMs: 10_000 };
const never = () => new Promise<Buffer>(() => undefined);
const after = (ms: number, bytes: number) => new Promise<Buffer>((resolve) => setTimeout(() => resolve(Buffer.alloc(bytes)), ms));

describe('UploadTransfer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Starts `wait` and lets `ms` pass; answers how it ended (or null if still waiting). */
  async function outcome<T>(waiting: Promise<T>, ms: number): Promise<{ value: T } | { error: unknown } | null> {
    let settled: { value: T } | { error: unknown } | null = null;
    waiting.then(
      (value) => (settled = { value }),
      (error: unknown) => (settled = { error }),
    );
    await jest.advanceTimersByTimeAsync(ms);
    return settled;
  }

  it('hands over what the client sends at a good pace', async () => {
    const transfer = new UploadTransfer(LIMITS);
    const abandon = jest.fn();
    for (let i = 0; i < 5; i++) {
      expect(await outcome(transfer.wait(after(900, 1000), (b) => b.length, abandon), 1000)).toEqual({ value: Buffer.alloc(1000) });
    }
    expect(abandon).not.toHaveBeenCalled();
  });

  it('gives up a client sending nothing once the rate window has passed, abandoning its connection', async () => {
    const transfer = new UploadTransfer(LIMITS);
    const abandon = jest.fn();
    const waiting = outcome(transfer.wait(never(), (b) => b.length, abandon), 2_250);
    const ended = await waiting;
    expect(ended && 'error' in ended && ended.error).toBeInstanceOf(TransferRefusedError);
    expect((ended as { error: TransferRefusedError }).error).toMatchObject({ kind: 'too-slow', httpStatus: 408 });
    expect(abandon).toHaveBeenCalledTimes(1);
  });

  it('does not count the time the server spends between reads against the client', async () => {
    // 1,000 bytes in 5.1 s of wall clock would be far too slow; in 0.1 s of waiting, it is not.
    const transfer = new UploadTransfer({ ...LIMITS, minBytesPerSecond: 1_000 });
    await outcome(transfer.wait(after(100, 500), (b) => b.length, jest.fn()), 100);
    // Five seconds of the server storing what came, then the client's next bytes come at once.
    await jest.advanceTimersByTimeAsync(5_000);
    expect(await outcome(transfer.wait(Promise.resolve(Buffer.alloc(500)), (b) => b.length, jest.fn()), 0)).toEqual({ value: Buffer.alloc(500) });
  });

  it('refuses past the deadline even a transfer that keeps the pace', async () => {
    const transfer = new UploadTransfer(LIMITS);
    const abandon = jest.fn();
    let last: { value: Buffer } | { error: unknown } | null = null;
    for (let i = 0; i < 12 && !(last && 'error' in last); i++) last = await outcome(transfer.wait(after(900, 1000), (b) => b.length, abandon), 1000);
    expect(last && 'error' in last && last.error).toMatchObject({ kind: 'deadline' });
    expect(abandon).toHaveBeenCalledTimes(1);
  });
});

import { TransferLimits, TransferMeter, TransferProgress, transferRefusal } from './transfer-limits';

const LIMITS: TransferLimits = { idleMs: 30_000, minBytesPerSecond: 1000, windowMs: 10_000, deadlineMs: 900_000 };
const progress = (p: Partial<TransferProgress>): TransferProgress => ({ elapsedMs: 0, waitedMs: 0, silentMs: 0, bytesInWindow: 0, ...p });

describe('transferRefusal', () => {
  it('lets a transfer at or above the minimum rate go on, and does not judge the rate of one younger than the window', () => {
    expect(transferRefusal(LIMITS, progress({ elapsedMs: 60_000, waitedMs: 60_000, bytesInWindow: 10_000 }))).toBeNull();
    expect(transferRefusal(LIMITS, progress({ elapsedMs: 9_999, waitedMs: 9_999, silentMs: 9_999 }))).toBeNull();
  });

  it('refuses a transfer below the minimum rate over the window, saying the rate it kept', () => {
    expect(transferRefusal(LIMITS, progress({ elapsedMs: 20_000, waitedMs: 20_000, bytesInWindow: 9_999 }))).toEqual({
      kind: 'too-slow',
      problem: 'sent 999 bytes per second over 10 s, below the minimum of 1000; the upload was abandoned',
    });
  });

  it('judges the rate on the time spent waiting for the client only: a server busy storing does not make it slow', () => {
    expect(transferRefusal(LIMITS, progress({ elapsedMs: 120_000, waitedMs: 9_000, bytesInWindow: 0 }))).toBeNull();
  });

  it('refuses a client silent for the idle limit as stalled, before its rate is judged', () => {
    const limits = { ...LIMITS, windowMs: 60_000 };
    expect(transferRefusal(limits, progress({ elapsedMs: 30_000, waitedMs: 30_000, silentMs: 30_000 }))?.kind).toBe('stalled');
    expect(transferRefusal(limits, progress({ elapsedMs: 30_000, waitedMs: 30_000, silentMs: 29_999 }))).toBeNull();
  });

  it('refuses a transfer past its deadline, however fast it goes', () => {
    expect(transferRefusal(LIMITS, progress({ elapsedMs: 900_000, waitedMs: 900_000, bytesInWindow: 1e9 }))).toEqual({
      kind: 'deadline',
      problem: 'not received within 900 s; the upload was abandoned',
    });
  });
});

describe('TransferMeter', () => {
  it('counts the bytes of the last window of waiting, the wait in progress included', () => {
    const meter = new TransferMeter(10_000, 1_000);
    meter.waited(4_000, 500);
    meter.waited(4_000, 700);
    expect(meter.progress(9_000, 0)).toEqual({ elapsedMs: 8_000, waitedMs: 8_000, silentMs: 0, bytesInWindow: 1_200 });
    // 3 s more of silence: the window reaches back to 1 s of waiting, before the first 500 arrived (at 4 s).
    expect(meter.progress(12_000, 3_000)).toMatchObject({ waitedMs: 11_000, silentMs: 3_000, bytesInWindow: 1_200 });
    // 6 s of silence: the window starts at 4 s, so the first 500 fall out of it.
    expect(meter.progress(15_000, 6_000)).toMatchObject({ waitedMs: 14_000, bytesInWindow: 700 });
    meter.waited(6_500, 0);
    expect(meter.progress(16_000, 0)).toMatchObject({ waitedMs: 14_500, bytesInWindow: 700 });
    expect(meter.progress(30_000, 4_000)).toMatchObject({ waitedMs: 18_500, bytesInWindow: 0 });
  });

  it('gives no rate too low for a steady client at the minimum', () => {
    const meter = new TransferMeter(LIMITS.windowMs, 0);
    for (let t = 1; t <= 60; t++) {
      meter.waited(1_000, 1_000);
      expect(transferRefusal(LIMITS, meter.progress(t * 1_000, 0))).toBeNull();
    }
    meter.waited(1_000, 0);
    expect(transferRefusal(LIMITS, meter.progress(61_000, 0))?.kind).toBe('too-slow');
  });
});

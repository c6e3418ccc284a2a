/** The time limits of an upload (all in milliseconds but the rate). */
export interface TransferLimits {
  /** Longest the client may send nothing. */
  readonly idleMs: number;
  /** Least the client must send per second, measured over the window. */
  readonly minBytesPerSecond: number;
  /** The span the rate is measured over; a transfer is not judged on its rate before it has waited this long. */
  readonly windowMs: number;
  /** Longest the whole upload may take, however fast it goes. */
  readonly deadlineMs: number;
}

/**
 * Where an upload stands. Idle time and rate count only the time spent waiting for the client:
 * while the server is busy storing what came (and so reads nothing), the client cannot send.
 */
export interface TransferProgress {
  /** Since the request started (wall clock). */
  readonly elapsedMs: number;
  /** Time spent waiting for the client so far, the wait in progress included. */
  readonly waitedMs: number;
  /** How long the wait in progress has lasted (0 when not waiting). */
  readonly silentMs: number;
  /** Bytes received during the last `windowMs` of waiting. */
  readonly bytesInWindow: number;
}

export type TransferRefusalKind = 'stalled' | 'too-slow' | 'deadline';

export interface TransferRefusal {
  readonly kind: TransferRefusalKind;
  /** Said to the client: what limit it broke. */
  readonly problem: string;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Whether an upload must be given up now, and why; null while it keeps to every limit. */
export function transferRefusal(limits: TransferLimits, progress: TransferProgress): TransferRefusal | null {
  if (progress.elapsedMs >= limits.deadlineMs) {
    return { kind: 'deadline', problem: `not received within ${seconds(limits.deadlineMs)}; the upload was abandoned` };
  }
  if (progress.silentMs >= limits.idleMs) {
    return { kind: 'stalled', problem: `nothing received for ${seconds(limits.idleMs)}; the upload was abandoned` };
  }
  if (progress.waitedMs >= limits.windowMs && progress.bytesInWindow * 1000 < limits.minBytesPerSecond * limits.windowMs) {
    const rate = Math.floor((progress.bytesInWindow * 1000) / limits.windowMs);
    return {
      kind: 'too-slow',
      problem: `sent ${rate} bytes per second over ${seconds(limits.windowMs)}, below the minimum of ${limits.minBytesPerSecond}; the upload was abandoned`,
    };
  }
  return null;
}

/**
 * Keeps the count an upload is judged on: the bytes received along the time spent waiting for
 * them, as much history as the rate window needs.
 */
export class TransferMeter {
  private waitedMs = 0;
  private received = 0;
  /** (waited, received) after each wait, oldest first; the first at or before the window's start is kept. */
  private readonly marks: { waitedMs: number; received: number }[] = [{ waitedMs: 0, received: 0 }];

  constructor(
    private readonly windowMs: number,
    private readonly startedAt: number,
  ) {}

  /** A wait for the client that lasted `waitedMs` and brought `bytes` (0 for none). */
  waited(waitedMs: number, bytes: number): void {
    this.waitedMs += waitedMs;
    this.received += bytes;
    this.marks.push({ waitedMs: this.waitedMs, received: this.received });
  }

  /** Where the upload stands at `now`, with a wait of `silentMs` in progress (0 if none). */
  progress(now: number, silentMs: number): TransferProgress {
    const waitedMs = this.waitedMs + silentMs;
    const windowStart = waitedMs - this.windowMs;
    while (this.marks.length > 1 && this.marks[1].waitedMs <= windowStart) this.marks.shift();
    return { elapsedMs: now - this.startedAt, waitedMs, silentMs, bytesInWindow: this.received - this.marks[0].received };
  }
}

/** Time source, injectable so deadline and lockout rules can be tested at any instant. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('Clock');

export const systemClock: Clock = { now: () => new Date() };

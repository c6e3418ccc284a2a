import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A received mail: who it was for, and the parsed message. */
export interface Received {
  readonly to: string;
  readonly mail: ParsedMail;
}

/**
 * A real SMTP server over TCP on loopback (smtp-server), for tests of the mails the worker
 * sends: it keeps every message it accepts, parsed with mailparser, and refuses recipients on
 * request, once (451, a passing failure) or always (550).
 */
export class Mailbox {
  readonly received: Received[] = [];
  private readonly refuseOnce = new Set<string>();
  private readonly refuseAlways = new Set<string>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const to = address.address.toLowerCase();
      if (this.refuseAlways.has(to)) return callback(refusal(550, 'Mailbox unavailable'));
      if (this.refuseOnce.delete(to)) return callback(refusal(451, 'Try again later'));
      callback();
    },
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          for (const { address } of session.envelope.rcptTo) this.received.push({ to: address.toLowerCase(), mail });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  /** Listens on a free loopback port; returns the SMTP_URL to give the worker. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  refuseNextFor(address: string): void {
    this.refuseOnce.add(address);
  }

  refuseAllFor(address: string): void {
    this.refuseAlways.add(address);
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((r) => r.to === address).map((r) => r.mail);
  }
}

const refusal = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });

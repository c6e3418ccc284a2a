import { BadUserInputError } from '@app/kernel';
import { DocumentIntegrityError, DocumentRejectedError, refusalReason, TransferRefusedError, UploadsBusyError } from './document-errors';

describe('refusalReason', () => {
  it('names each refusal of an upload briefly, the busy gateway included', () => {
    expect(refusalReason(new DocumentRejectedError(408, 'nothing received for 30 s'))).toBe('client stalled');
    expect(refusalReason(new DocumentRejectedError(413, 'is larger than the limit of 10 bytes'))).toBe('larger than the size limit');
    expect(refusalReason(new DocumentRejectedError(415, 'media type application/zip is not accepted'))).toBe('media type not allowed');
    expect(refusalReason(new UploadsBusyError())).toBe('too many uploads at once');
    expect(refusalReason(new TransferRefusedError({ kind: 'stalled', problem: 'nothing received for 30 s' }))).toBe('client stalled');
    expect(refusalReason(new TransferRefusedError({ kind: 'too-slow', problem: 'sent 3 bytes per second' }))).toBe('transfer too slow');
    expect(refusalReason(new TransferRefusedError({ kind: 'deadline', problem: 'not received within 900 s' }))).toBe('upload deadline passed');
  });

  it('gives nothing for errors that are no refusal of the upload (they are audited elsewhere or not at all)', () => {
    expect(refusalReason(BadUserInputError.of([{ field: 'messageId', problem: 'is not a message of this request' }]))).toBeNull();
    expect(refusalReason(new DocumentIntegrityError('changed'))).toBeNull();
    expect(refusalReason(new Error('connection lost'))).toBeNull();
  });
});

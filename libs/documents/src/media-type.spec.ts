import { ContentKind, essenceOf, mediaTypeProblem, readsAsText, sniffContent } from './media-type';

const ALLOWED = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain', 'text/csv'];

/** A real PNG (1×1 pixel), so the sniffing is tried on a file as a program writes it. */
const png = () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const sniffMediaType = async (head: Uint8Array) => (await sniffContent(head)).format;
const recognised = (format: string): ContentKind => ({ format, text: false });
const TEXT: ContentKind = { format: undefined, text: true };
const BINARY: ContentKind = { format: undefined, text: false };

describe('document media types', () => {
  describe('sniffMediaType', () => {
    it('recognises PDF, PNG and JPEG by their first bytes, whatever the name or declared type', async () => {
      expect(await sniffMediaType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))).toBe('application/pdf');
      expect(await sniffMediaType(png())).toBe('image/png');
      expect(await sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))).toBe('image/jpeg');
      expect(await sniffMediaType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'))).toBe('application/x-msdownload');
    });

    it('recognises nothing in plain text, CSV or an empty content', async () => {
      expect(await sniffMediaType(Buffer.from('Production order served on the bank.\n'))).toBeUndefined();
      expect(await sniffMediaType(Buffer.from('iban,amount\nMD24AG000225100013104168,1200\n'))).toBeUndefined();
      expect(await sniffMediaType(Buffer.alloc(0))).toBeUndefined();
    });

    it('looks only at the first bytes', async () => {
      expect(await sniffMediaType(Buffer.concat([png(), Buffer.alloc(1024 * 1024, 7)]))).toBe('image/png');
      expect((await sniffContent(Buffer.concat([Buffer.alloc(5000, 0x41), Buffer.from([0])]))).text).toBe(true);
    });
  });

  describe('readsAsText', () => {
    it('takes letters of any encoding with the usual layout bytes as text', () => {
      expect(readsAsText(Buffer.from('Ordin de producere, Chișinău\r\n\tIBAN: MD24AG000225100013104168\f'))).toBe(true);
      expect(readsAsText(Buffer.from('Überweisung für Müller', 'latin1'))).toBe(true);
      expect(readsAsText(Buffer.from('\x1b[1mbold\x1b[0m'))).toBe(true);
      expect(readsAsText(Buffer.alloc(0))).toBe(true);
    });

    it('takes a NUL, another control byte or DEL as the mark of a binary', () => {
      expect(readsAsText(Buffer.from('text\0more'))).toBe(false);
      expect(readsAsText(Buffer.from([0x41, 0x02, 0x41]))).toBe(false);
      expect(readsAsText(Buffer.from([0x41, 0x1f]))).toBe(false);
      expect(readsAsText(Buffer.from([0x41, 0x7f]))).toBe(false);
    });
  });

  describe('mediaTypeProblem', () => {
    it('accepts a recognised content declared as what it is, when that type is allowed', () => {
      expect(mediaTypeProblem('application/pdf', recognised('application/pdf'), ALLOWED)).toBeNull();
      expect(mediaTypeProblem('image/png', recognised('image/png'), ALLOWED)).toBeNull();
    });

    it('refuses a recognised content declared as another type, naming both', () => {
      expect(mediaTypeProblem('image/png', recognised('application/pdf'), ALLOWED)).toBe('declared as image/png but the content is application/pdf');
      expect(mediaTypeProblem('application/pdf', recognised('image/png'), ALLOWED)).toBe('declared as application/pdf but the content is image/png');
      expect(mediaTypeProblem('text/plain', recognised('application/x-msdownload'), ALLOWED)).toBe('declared as text/plain but the content is application/x-msdownload');
    });

    it('refuses an unrecognised content that is not text even under a text type', () => {
      expect(mediaTypeProblem('text/plain', BINARY, ALLOWED)).toBe('declared as text/plain but the content is not text (it holds control bytes)');
    });

    it('accepts an unrecognised content only under an allowed text type', () => {
      expect(mediaTypeProblem('text/plain', TEXT, ALLOWED)).toBeNull();
      expect(mediaTypeProblem('text/csv', TEXT, ALLOWED)).toBeNull();
      expect(mediaTypeProblem('application/pdf', TEXT, ALLOWED)).toContain('declared as application/pdf but the content is not recognised');
      expect(mediaTypeProblem('text/html', TEXT, ALLOWED)).toContain('media type text/html is not accepted');
    });

    it('refuses a declared type outside the allow-list, even when the content agrees', () => {
      expect(mediaTypeProblem('application/x-msdownload', recognised('application/x-msdownload'), ALLOWED)).toBe(
        `media type application/x-msdownload is not accepted; one of ${ALLOWED.join(', ')}`,
      );
    });
  });

  it('compares media types without their parameters or case', () => {
    expect(essenceOf('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(essenceOf('application/pdf')).toBe('application/pdf');
  });
});

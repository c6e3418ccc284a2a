import { fileTypeFromBuffer } from 'file-type';

/**
 * What a document's media type must satisfy, as plain functions (no Nest): the type the
 * client declares is only believed when the content agrees with it.
 */

/** How many leading bytes are enough to recognise a format (file-type's own sample size). */
export const SNIFF_BYTES = 4100;

/** The media type without parameters, in lower case: `Text/Plain; charset=utf-8` → `text/plain`. */
export function essenceOf(mediaType: string): string {
  return mediaType.split(';')[0].trim().toLowerCase();
}

/** What the first bytes of a content show: a known format (magic bytes), and whether it reads as text. */
export interface ContentKind {
  /** The recognised format, or undefined when none is, as for plain text or CSV. */
  readonly format: string | undefined;
  readonly text: boolean;
}

/**
 * Sniffs the first SNIFF_BYTES of a content. Formats recognised only past them (some
 * ZIP-based ones) may come out as their container.
 */
export async function sniffContent(head: Uint8Array): Promise<ContentKind> {
  const sample = head.subarray(0, SNIFF_BYTES);
  return { format: (await fileTypeFromBuffer(sample))?.mime, text: readsAsText(sample) };
}

/**
 * Text has no control bytes but the usual layout ones (BEL to CR, ESC): the test the `file`
 * command applies, which lets through any encoding of letters (UTF-8, Latin-1, ...) but
 * not a binary, whose first bytes nearly always hold a NUL or other control byte.
 */
export function readsAsText(sample: Uint8Array): boolean {
  for (const byte of sample) {
    const layout = (byte >= 0x07 && byte <= 0x0d) || byte === 0x1b;
    if ((byte < 0x20 && !layout) || byte === 0x7f) return false;
  }
  return true;
}

/**
 * Why a content may not be stored under the declared media type, or null when it may:
 * the declared type must be allowed; a recognised content must be of exactly that type; a
 * content that is not recognised is accepted only under a text type (text/*), and only if
 * it reads as text.
 */
export function mediaTypeProblem(declared: string, content: ContentKind, allowed: readonly string[]): string | null {
  if (!allowed.includes(declared)) return `media type ${declared} is not accepted; one of ${allowed.join(', ')}`;
  if (content.format !== undefined) {
    return content.format === declared ? null : `declared as ${declared} but the content is ${content.format}`;
  }
  if (!declared.startsWith('text/')) {
    return `declared as ${declared} but the content is not recognised as a known format (only a text type may be)`;
  }
  return content.text ? null : `declared as ${declared} but the content is not text (it holds control bytes)`;
}

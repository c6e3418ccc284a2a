import { fileTypeFromBuffer } from 'file-type';

/**
 * What an MLA document's media type must satisfy, as plain functions (no Nest): the type the
 * client declares is only believed when the content agrees with it.
 */

/** How many leading bytes are enough to recognise a format (file-type's own sample size). */
export const SNIFF_BYTES = 4100;

/** The media type without parameters, in lower case: `Text/Plain; charset=utf-8` → `text/plain`. */
export function essenceOf(mediaType: string): string {
  return mediaType.split(';')[0].trim().toLowerCase();
}

/**
 * The media type that the first bytes of a content reveal (magic bytes), or undefined when the
 * format is not recognised, as for plain text or CSV. Formats recognised only past
 * SNIFF_BYTES (some ZIP-based ones) may come out as their container.
 */
export async function sniffMediaType(head: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES)))?.mime;
}

/**
 * Why a content may not be stored under the declared media type, or null when it may:
 * the declared type must be allowed; a recognised content must be of exactly that type; a
 * content that is not recognised is accepted only under a text type (text/*).
 */
export function mediaTypeProblem(declared: string, sniffed: string | undefined, allowed: readonly string[]): string | null {
  if (!allowed.includes(declared)) return `media type ${declared} is not accepted; one of ${allowed.join(', ')}`;
  if (sniffed === undefined) {
    return declared.startsWith('text/') ? null : `declared as ${declared} but the content is not recognised as any known format (only a text type may be)`;
  }
  return sniffed === declared ? null : `declared as ${declared} but the content is ${sniffed}`;
}

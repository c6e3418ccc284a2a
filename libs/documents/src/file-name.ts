import { textProblem } from '@app/kernel';

/** The longest file name most file systems keep. */
export const MAX_FILE_NAME_LENGTH = 255;

// C0 controls and DEL: a name holding them could not be written into a header or shown safely.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What is wrong with an uploaded document's file name, if anything: it is stored and sent back in Content-Disposition. */
export function fileNameProblem(name: string): string | null {
  if (!name.trim()) return 'must have a file name';
  if (name.length > MAX_FILE_NAME_LENGTH) return `file name must be at most ${MAX_FILE_NAME_LENGTH} characters`;
  const problem = textProblem(name);
  if (problem) return `file name ${problem}`;
  return CONTROL.test(name) ? 'file name must not contain control characters' : null;
}

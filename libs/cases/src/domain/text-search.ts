/** A LIKE pattern matching `text` anywhere, with the pattern characters in it taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

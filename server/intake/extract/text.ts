/** Text normalisation and decoding shared by every extractor. */

/** Longest body kept as text; the original file always keeps everything. */
export const MAX_BODY_CHARS = 400_000;

export function normaliseText(text: string): string {
  return text
    .replace(/\u0000/g, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/** Caps the body length, adding a warning when text was cut. */
export function capBody(text: string, warnings: string[]): string {
  if (text.length <= MAX_BODY_CHARS) return text;
  warnings.push(`De tekst is ingekort tot ${MAX_BODY_CHARS.toLocaleString('nl-NL')} tekens; het originele bestand is volledig bewaard.`);
  return text.slice(0, MAX_BODY_CHARS);
}

/** Decodes bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8 (with a warning). */
export function decodeText(bytes: Uint8Array, warnings: string[]): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const view = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    warnings.push('Het bestand was geen geldige UTF-8; het is gelezen als Windows-1252. Controleer letters met accenten.');
    return new TextDecoder('windows-1252').decode(view);
  }
}

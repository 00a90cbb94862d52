/** Text normalisation and decoding shared by every extractor. */

/** Longest body kept as text; the original file always keeps everything. */
export const MAX_BODY_CHARS = 400_000;

// Control characters that never belong in stored text: C0 except \t and \n (\r, \v and \f are
// turned into \n first), DEL and C1. PostgreSQL refuses NUL in text; the rest confuses readers.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Unpaired UTF-16 surrogates (from broken input) become U+FFFD, so the text is valid Unicode.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Bidirectional overrides and marks: they can disguise a file name ("rapport\u202Efdp.exe").
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Drops spaces, tabs and no-break spaces at the end of every line, in linear time. */
function trimLineEnds(text: string): string {
  // Not /[ \t]+$/gm: that regex backtracks quadratically on a long run of spaces inside a line.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let end = line.length;
    while (end > 0) {
      const c = line.charCodeAt(end - 1);
      if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
      end--;
    }
    if (end !== line.length) lines[i] = line.slice(0, end);
  }
  return lines.join('\n');
}

/**
 * Normalised letter text: \n line ends, NFC, no control characters other than \n and \t, no
 * trailing spaces on a line, at most three blank lines in a row, trimmed.
 */
export function normaliseText(text: string): string {
  const clean = text
    .replace(/\r\n?|[\u000b\u000c\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC');
  return trimLineEnds(clean).replace(/\n{4,}/g, '\n\n\n').trim();
}

/** A one-line field (subject, sender, message id): control characters and line breaks become spaces. */
export function cleanField(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .normalize('NFC')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A file name safe to store and to show: only the last path segment (both / and \ separate),
 * no control or bidi characters, at most 200 characters; `fallback` when nothing is left.
 * Never used as a path on disk.
 */
export function safeFilename(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(BIDI, '').replace(LONE_SURROGATE, '').trim().slice(0, 200).trim();
  return clean === '' || clean === '.' || clean === '..' ? fallback : clean;
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
    return decodeWindows1252(view);
  }
}

// Bytes 0x80-0x9F of Windows-1252 (euro sign, curly quotes, dashes, ...); \u0000 where it has none (read as U+FFFD).
const CP1252_HIGH = '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000'
  + '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';

/**
 * Windows-1252. Not TextDecoder('windows-1252'): Node 20 decodes that label as ISO-8859-1, which
 * turns €, curly quotes and dashes (0x80-0x9F) into invisible C1 control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80]!;
    return mapped === '\u0000' ? '\ufffd' : mapped;
  });
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'hr', 'pre']);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', apos: "'" };

/**
 * Plain text of an HTML body, in one linear pass (no backtracking regexes, so a hostile body
 * such as 100,000 unclosed "<script" cannot stall the server). Drops tags and the content of
 * script/style/head; an unclosed tag swallows the rest, as in a browser. A "<" is never
 * decoded or kept before a letter, so the result never contains markup such as "<script".
 */
export function htmlToPlainText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const next = html.charCodeAt(lt + 1);
    const isTag = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21 || next === 0x3f;
    if (!isTag) {
      out += '&lt;';
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = /^\/?([a-z][a-z0-9]*)/.exec(lower.slice(lt + 1, Math.min(gt, lt + 20)))?.[1] ?? '';
    i = gt + 1;
    if (SKIP_CONTENT.has(name) && lower[lt + 1] !== '/') {
      const close = lower.indexOf(`</${name}`, i);
      if (close < 0) break;
      const closeEnd = html.indexOf('>', close);
      i = closeEnd < 0 ? html.length : closeEnd + 1;
      continue;
    }
    out += BLOCK_TAGS.has(name) ? '\n' : name === 'td' || name === 'th' ? ' ' : '';
  }
  // A "<" that starts no tag was written above as &lt;, and &#60; stays encoded: decoding can
  // never put a "<" in front of a word.
  return out.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // Leave < and > (and anything not a valid code point) encoded.
    if (code === 0x3c || code === 0x3e || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

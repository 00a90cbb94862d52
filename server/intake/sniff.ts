/**
 * Decides what a file really is from its bytes (file-type's magic numbers, then an RFC 5322
 * header check for e-mail), never from its name.
 */
import { fileTypeFromBuffer } from 'file-type';

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'eml' }
  | { kind: 'txt' }
  /** A scan or photo of a paper letter, read with OCR. */
  | { kind: 'image'; ext: 'png' | 'jpg' | 'tif'; description: string }
  | { kind: 'empty' }
  | { kind: 'unsupported'; mime: string; description: string };

const DESCRIPTIONS: Record<string, string> = {
  'image/png': 'een PNG-afbeelding',
  'image/jpeg': 'een JPEG-afbeelding',
  'image/tiff': 'een TIFF-afbeelding',
  'image/gif': 'een GIF-afbeelding',
  'image/webp': 'een WebP-afbeelding',
  'application/zip': 'een ZIP-archief',
  'application/x-cfb': 'een Outlook- of oud Office-bestand (.msg/.doc)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'een Word-document (.docx)',
  'application/x-msdownload': 'een Windows-programma',
  'application/x-elf': 'een programma',
};

/** Images that OCR reads: what scanners and phones make of a paper letter. */
const IMAGE_KINDS: Record<string, 'png' | 'jpg' | 'tif'> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/tiff': 'tif' };

const MAIL_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'received', 'return-path', 'content-type', 'reply-to', 'cc', 'delivered-to', 'x-mailer']);
const KEY_MAIL_HEADERS = ['from', 'date', 'subject', 'message-id', 'mime-version', 'received'];

/** True when the text starts with an RFC 5322 header block that a mail client would write. */
export function looksLikeEmail(head: string): boolean {
  const lines = head.replace(/\r\n/g, '\n').split('\n');
  const names: string[] = [];
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (names.length === 0) return false;
      continue;
    }
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    names.push(m[1]!.toLowerCase());
    if (names.length > 200) break;
  }
  const known = names.filter((n) => MAIL_HEADERS.has(n)).length;
  const key = KEY_MAIL_HEADERS.filter((n) => names.includes(n)).length;
  return names.length >= 2 && known >= 2 && key >= 1;
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

export async function sniff(bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.length === 0) return { kind: 'empty' };
  const ft = await fileTypeFromBuffer(bytes);
  if (ft) {
    if (ft.mime === 'application/pdf') return { kind: 'pdf' };
    const image = IMAGE_KINDS[ft.mime];
    if (image) return { kind: 'image', ext: image, description: DESCRIPTIONS[ft.mime]! };
    return { kind: 'unsupported', mime: ft.mime, description: DESCRIPTIONS[ft.mime] ?? `een ${ft.ext.toUpperCase()}-bestand (${ft.mime})` };
  }
  // pdf.js accepts a header a little after the start; file-type only at offset 0.
  const headAscii = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (headAscii.includes('%PDF-')) return { kind: 'pdf' };
  if (isBinary(bytes)) return { kind: 'unsupported', mime: 'application/octet-stream', description: 'een onbekend binair bestand' };
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  if (looksLikeEmail(head)) return { kind: 'eml' };
  if (head.trim() === '' && bytes.length < 64 * 1024) return { kind: 'empty' };
  return { kind: 'txt' };
}

/** Extension of a file name as the sender claims it, lower case without dot ('' if none). */
export function claimedExtension(filename: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(filename);
  return m ? m[1]!.toLowerCase() : '';
}

import type { Channel } from '../taxonomy.ts';
import type { SourceType } from '../db/schema.ts';

export interface SenderFields {
  sender_name?: string | undefined;
  sender_email?: string | undefined;
  sender_address?: string | undefined;
  sender_postcode?: string | undefined;
  sender_city?: string | undefined;
}

/** One file kept with a letter (the original, or an e-mail attachment). */
export interface StoredFile {
  role: 'original' | 'attachment';
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What an extractor makes of the input: text and metadata, before anything is stored. */
export interface Extracted {
  sourceType: SourceType;
  channel: Channel;
  subject: string;
  body: string;
  sender: SenderFields;
  receivedAt?: Date | undefined;
  messageId?: string | undefined;
  warnings: string[];
  files: StoredFile[];
  /** Mean OCR word confidence (0-100) when the text was read with OCR. */
  ocrConfidence?: number | null | undefined;
}

export interface IngestResult {
  id: string;
  duplicate: boolean;
  status: string;
}

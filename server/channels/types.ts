import type { ChannelName } from '../db/schema.ts';

export type { ChannelName };

/** What one poll of a channel did. */
export interface PollResult {
  ingested: number;
  duplicates: number;
  failed: number;
  /** Why the poll itself failed (no connection, folder unreadable), in Dutch; null when it ran. */
  error: string | null;
  /** The last item that could not be taken in and why (the item went to the failed folder). */
  itemError: string | null;
}

/** A polled intake channel (mailbox, scanner folder). */
export interface ChannelPoller {
  name: ChannelName;
  /** Where it reads from, for the admin page (no passwords). */
  target: string;
  pollOnce(): Promise<PollResult>;
  /** Closes connections; a poll in progress finishes first. */
  close(): Promise<void>;
}

export const CHANNEL_LABELS: Record<ChannelName, string> = {
  mailbox: 'Postvak (IMAP)',
  scanner: 'Scanmap',
};

/**
 * Kysely table types: the schema of migrations/ as TypeScript. Everything typed in the
 * repositories flows from here. Keep in step with every migration.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;

export type Role = 'intake' | 'policy' | 'admin';
export type LetterStatus = 'received' | 'open' | 'handled' | 'failed';
export type SourceType = 'json' | 'eml' | 'pdf' | 'txt' | 'image';
export type ChannelName = 'mailbox' | 'scanner';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: Generated<string>;
  role: Role;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  disabled_at: Date | null;
  created_at: Generated<Date>;
  last_login_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
  ip: string | null;
  user_agent: string | null;
}

export interface LettersTable {
  id: Generated<string>;
  sha256: string;
  received_at: Timestamp;
  channel: string;
  source_type: SourceType;
  sender_name: string | null;
  sender_email: string | null;
  sender_address: string | null;
  sender_postcode: string | null;
  sender_city: string | null;
  subject: Generated<string>;
  body_text: Generated<string>;
  language: string | null;
  status: Generated<LetterStatus>;
  extraction_warnings: Json<string[]>;
  message_id: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  category: string | null;
  topic: string | null;
  anti_institutioneel: boolean | null;
  zorgsignaal: boolean | null;
  department: string | null;
  cc: Json<string[]>;
  needs_review: Generated<boolean>;
  threat_flag: Generated<boolean>;
  model_confidence: number | null;
  classified_at: Date | null;
  review_status: Generated<ReviewStatus>;
  handled_at: Date | null;
  handled_by: number | null;
  campaign_id: number | null;
  /** four-digit postcode area, kept when the postcode is purged (set by a trigger) */
  area: Generated<string>;
  /** when content and sender data were purged (retention or erasure); labels stay for aggregates */
  purged_at: Date | null;
  /** Mean OCR word confidence (0-100) of a scanned letter; null when no OCR was needed. */
  ocr_confidence: number | null;
  /** generated tsvector; never written */
  search: ColumnType<string, never, never>;
}

export type ReviewStatus = 'none' | 'pending' | 'confirmed' | 'corrected';
export type ReviewAction = 'confirm' | 'correct' | 'note' | 'handled' | 'reopen';

export interface ReviewsTable {
  id: Generated<number>;
  letter_id: string;
  user_id: number;
  action: ReviewAction;
  before: Json<Record<string, unknown>> | null;
  after: Json<Record<string, unknown>> | null;
  note: string | null;
  created_at: Generated<Date>;
}

export interface CampaignsTable {
  id: Generated<number>;
  created_at: Generated<Date>;
}

export interface LetterFingerprintsTable {
  letter_id: string;
  signature: Json<number[]>;
}

export interface LetterBandsTable {
  band: number;
  key: number;
  letter_id: string;
}

export interface AlertsTable {
  id: Generated<number>;
  letter_id: string;
  kind: 'bedreiging';
  created_at: Generated<Date>;
}

export interface AlertAcksTable {
  alert_id: number;
  user_id: number;
  acked_at: Generated<Date>;
}

export interface ModelVersionsTable {
  version: string;
  heads: Json<unknown>;
  metrics: Json<Record<string, unknown>>;
  active: Generated<boolean>;
  reviewed_letters: Generated<number>;
  note: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ClassificationsTable {
  id: Generated<number>;
  letter_id: string;
  model_version: string;
  lexicon_version: string;
  category: string;
  scores: Json<Record<string, number>>;
  anti_institutioneel: boolean;
  anti_score: number;
  zorgsignaal: boolean;
  zorg_score: number;
  topic: string;
  topic_scores: Json<Record<string, number>>;
  needs_review: boolean;
  review_reasons: Json<string[]>;
  threat_flag: boolean;
  explanation: Json<unknown>;
  chunks: number;
  duration_ms: number;
  created_at: Generated<Date>;
}

export interface RoutingRuleVersionsTable {
  version: number;
  ruleset: Json<unknown>;
  note: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface RoutingsTable {
  id: Generated<number>;
  letter_id: string;
  classification_id: number | null;
  source: 'model' | 'review' | 'reroute';
  department: string;
  cc: Json<string[]>;
  rule_key: string;
  cc_rule_keys: Json<string[]>;
  rule_version: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface LetterFilesTable {
  id: Generated<number>;
  letter_id: string;
  role: 'original' | 'attachment';
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array | null;
  created_at: Generated<Date>;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  letter_id: string | null;
  payload: Json<Record<string, unknown>>;
  status: Generated<'queued' | 'running' | 'done' | 'dead'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_after: Generated<Date>;
  locked_by: string | null;
  locked_at: Date | null;
  last_error: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  user_email: string | null;
  user_role: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: Json<Record<string, unknown>>;
  ip: string | null;
}

/** Trends rollups (migration 0004): counts only, recomputed per week from letters. `week` is a Monday. */
export interface RollupWeeklyTable {
  week: ColumnType<string, string, string>;
  category: string;
  department: string;
  channel: string;
  topic: string;
  anti: boolean;
  zorg: boolean;
  threat: boolean;
  received: number;
  handled: number;
}

export interface RollupHandlingTable {
  week: ColumnType<string, string, string>;
  department: string;
  channel: string;
  topic: string;
  bucket: number;
  handled: number;
}

export interface RollupAreaTable {
  week: ColumnType<string, string, string>;
  area: string;
  category: string;
  anti: boolean;
  zorg: boolean;
  received: number;
}

export interface RollupCampaignTable {
  week: ColumnType<string, string, string>;
  campaign_id: number;
  category: string;
  department: string;
  channel: string;
  topic: string;
  received: number;
  first_at: Date;
  last_at: Date;
}

export interface RollupDirtyTable {
  week: ColumnType<string, string, string>;
}

export interface ExportsTable {
  id: Generated<number>;
  week: ColumnType<string, string, string>;
  source: 'schedule' | 'manual' | 'cli';
  figures: Json<unknown>;
  figures_sha256: string;
  pdf: Uint8Array;
  pdf_sha256: string;
  csv: Uint8Array;
  csv_sha256: string;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: Generated<Date>;
}

export interface ChannelStatusTable {
  name: ChannelName;
  target: string;
  last_run_at: Date | null;
  last_success_at: Date | null;
  last_error: string | null;
  last_error_at: Date | null;
  runs: Generated<number>;
  ingested: Generated<number>;
  duplicates: Generated<number>;
  failed: Generated<number>;
  lease_owner: string | null;
  lease_until: Date | null;
  updated_at: Generated<Date>;
}

export interface DB {
  channel_status: ChannelStatusTable;
  users: UsersTable;
  sessions: SessionsTable;
  letters: LettersTable;
  letter_files: LetterFilesTable;
  jobs: JobsTable;
  audit_log: AuditLogTable;
  classifications: ClassificationsTable;
  routing_rule_versions: RoutingRuleVersionsTable;
  routings: RoutingsTable;
  reviews: ReviewsTable;
  campaigns: CampaignsTable;
  letter_fingerprints: LetterFingerprintsTable;
  letter_bands: LetterBandsTable;
  alerts: AlertsTable;
  alert_acks: AlertAcksTable;
  model_versions: ModelVersionsTable;
  rollup_weekly: RollupWeeklyTable;
  rollup_handling: RollupHandlingTable;
  rollup_area: RollupAreaTable;
  rollup_campaign: RollupCampaignTable;
  rollup_dirty: RollupDirtyTable;
  exports: ExportsTable;
  schema_migrations: SchemaMigrationsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Letter = Selectable<LettersTable>;
export type NewLetter = Insertable<LettersTable>;
export type LetterUpdate = Updateable<LettersTable>;
export type LetterFile = Selectable<LetterFilesTable>;

/**
 * Configuration: read from the environment once at start, validated, then passed down
 * explicitly. Nothing else in the server reads process.env.
 */
import path from 'node:path';
import { parseSchedule, type Schedule } from './export/scheduler.ts';

export interface Config {
  port: number;
  host: string;
  /** Where PGlite keeps its files (when no DATABASE_URL) and where exports are written. */
  dataDir: string;
  /** A PostgreSQL server; when absent the embedded PGlite under dataDir/pglite is used. */
  databaseUrl: string | undefined;
  maxUploadBytes: number;
  sessionTtlMinutes: number;
  cookieSecure: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Requests per minute per client address (all routes), and for the login route. */
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  /** Failed logins before an account is locked for lockMinutes. */
  maxFailedLogins: number;
  lockMinutes: number;
  /** E-mail of the first admin created on an empty database. */
  initialAdminEmail: string;
  /** Directory of the built web app (served at /). */
  webDistDir: string;
  /** The shipped model (ONNX encoder, tokenizer, heads). */
  modelDir: string;
  /** Run a classification worker inside the server process (more: `npm run worker`). */
  inProcessWorker: boolean;
  workerPollMs: number;
  /** POSTed a JSON notice (no letter text) for every possible threat; off when empty. */
  alertWebhookUrl: string | undefined;
  /** Base URL of the web app, for links in notices. */
  publicUrl: string;
  /** Fill an empty database with demo letters at start (default: on for the embedded database). */
  demoData: boolean;
  /** Letter bodies, files and sender data are purged this many days after receipt (aggregates stay). */
  retentionDays: number;
  /** When the server stores the weekly report of the week before (null: off). */
  exportSchedule: Schedule | null;
  /** A shared IMAP mailbox polled for letters (null: off). */
  mailbox: MailboxConfig | null;
  /** A folder the scanner writes PDFs and images of paper letters to (null: off). */
  scanner: { dir: string; pollSeconds: number } | null;
}

export interface MailboxConfig {
  host: string;
  port: number;
  secure: boolean;
  rejectUnauthorized: boolean;
  user: string;
  password: string;
  mailbox: string;
  processedFolder: string;
  failedFolder: string;
  pollSeconds: number;
}

function mailbox(env: Env): MailboxConfig | null {
  const host = env.IMAP_HOST?.trim();
  if (!host) return null;
  const user = env.IMAP_USER?.trim();
  const password = env.IMAP_PASSWORD ?? '';
  if (!user || !password) throw new ConfigError('IMAP_HOST is gezet: zet ook IMAP_USER en IMAP_PASSWORD');
  const secure = bool(env, 'IMAP_TLS', true);
  return {
    host,
    port: int(env, 'IMAP_PORT', secure ? 993 : 143, 1, 65535),
    secure,
    rejectUnauthorized: bool(env, 'IMAP_TLS_VERIFY', true),
    user,
    password,
    mailbox: env.IMAP_MAILBOX?.trim() || 'INBOX',
    processedFolder: env.IMAP_PROCESSED_FOLDER?.trim() || 'Verwerkt',
    failedFolder: env.IMAP_FAILED_FOLDER?.trim() || 'Mislukt',
    pollSeconds: int(env, 'IMAP_POLL_SECONDS', 60, 5, 24 * 3600),
  };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, key: string, def: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key} moet een geheel getal tussen ${min} en ${max} zijn (kreeg "${raw}")`);
  }
  return n;
}

function bool(env: Env, key: string, def: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return def;
  if (['1', 'true', 'yes', 'ja'].includes(raw)) return true;
  if (['0', 'false', 'no', 'nee'].includes(raw)) return false;
  throw new ConfigError(`${key} moet true of false zijn (kreeg "${env[key]}")`);
}

function url(env: Env, key: string): string | undefined {
  const raw = env[key]?.trim();
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    return raw;
  } catch {
    throw new ConfigError(`${key} moet een http(s)-adres zijn (kreeg "${raw}")`);
  }
}

function schedule(raw: string): Schedule | null {
  try {
    return parseSchedule(raw);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL moet met postgres:// of postgresql:// beginnen');
  }
  const email = (env.INITIAL_ADMIN_EMAIL ?? 'admin@postsignaal.local').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new ConfigError('INITIAL_ADMIN_EMAIL is geen e-mailadres');
  const config: Config = {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl,
    maxUploadBytes: int(env, 'MAX_UPLOAD_MB', 20, 1, 1024) * 1024 * 1024,
    sessionTtlMinutes: int(env, 'SESSION_TTL_MINUTES', 480, 5, 7 * 24 * 60),
    cookieSecure: bool(env, 'COOKIE_SECURE', false),
    logLevel,
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 1200, 10, 1_000_000),
    loginRateLimitPerMinute: int(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000),
    maxFailedLogins: int(env, 'MAX_FAILED_LOGINS', 10, 1, 1000),
    lockMinutes: int(env, 'LOCK_MINUTES', 15, 1, 24 * 60),
    initialAdminEmail: email,
    webDistDir: path.resolve(env.WEB_DIST_DIR?.trim() || 'web/dist'),
    modelDir: path.resolve(env.MODEL_DIR?.trim() || 'models/postsignaal-nl'),
    inProcessWorker: bool(env, 'WORKER', true),
    workerPollMs: int(env, 'WORKER_POLL_MS', 500, 10, 60_000),
    alertWebhookUrl: url(env, 'ALERT_WEBHOOK_URL'),
    demoData: bool(env, 'DEMO_DATA', !(env.DATABASE_URL?.trim())),
    retentionDays: int(env, 'RETENTION_DAYS', 365, 30, 3650),
    exportSchedule: schedule(env.EXPORT_SCHEDULE ?? 'ma 07:00'),
    mailbox: mailbox(env),
    scanner: env.SCAN_DIR?.trim() ? { dir: path.resolve(env.SCAN_DIR.trim()), pollSeconds: int(env, 'SCAN_POLL_SECONDS', 10, 1, 24 * 3600) } : null,
    publicUrl: (url(env, 'PUBLIC_URL') ?? `http://localhost:${int(env, 'PORT', 3000, 0, 65535)}`).replace(/\/$/, ''),
  };
  return { ...config, ...overrides };
}

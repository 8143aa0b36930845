import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

export const DEV_JWT_SECRET = 'luoshi-development-secret-not-for-production';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && value !== '' ? Number(value) : value);

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Every environment variable Luoshi reads, with its default. The README's table is this class.
 * API and worker validate it at start-up and refuse to run on a missing or malformed value.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** The app's role: owns nothing, may read and write data and only append to the audit trail. */
  @IsString()
  DATABASE_URL!: string;

  /**
   * The owner's role, for migrations only: give it to the migrate step, not to the API or the
   * worker. With it, MIGRATE_ON_START migrates as the owner and grants DATABASE_URL's role.
   */
  @IsOptional()
  @IsString()
  MIGRATION_DATABASE_URL?: string;

  @IsString()
  REDIS_URL!: string;

  /** Prefix of every BullMQ key: lets several deployments (or test runs) share one Redis. */
  @IsString()
  QUEUE_PREFIX = 'luoshi';

  @IsString()
  JWT_SECRET = DEV_JWT_SECRET;

  /** Longest a sign-in lasts however active it is (the idle limit is SESSION_IDLE_MINUTES). */
  @IsString()
  JWT_EXPIRES_IN = '12h';

  /** Comma-separated origins allowed to call the API from a browser; empty: same origin only. */
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Which proxies' X-Forwarded-For to believe (Express "trust proxy"): the client address that
   * throttling and the audit trail use. Default: none, so no client can choose its own address.
   * Behind nginx on the same host set `loopback`; behind a proxy elsewhere, its address or subnet.
   */
  @IsString()
  TRUST_PROXY = 'false';

  /** Folder of the built dashboard the API serves; empty: serve none. */
  @IsString()
  DASHBOARD_DIR = '';

  /** Folder where uploaded attachments are kept (local-disk storage); relative to the working directory. */
  @IsString()
  @MinLength(1)
  STORAGE_DIR = '.luoshi-data/files';

  /** Where attachments are kept: `local` (STORAGE_DIR) or `s3` (an S3-compatible bucket, S3_*): every replica on any machine sees the same files. */
  @IsIn(['local', 's3'])
  ATTACHMENT_STORAGE: 'local' | 's3' = 'local';

  /** The S3-compatible service's URL (MinIO: http://minio:9000); empty: AWS itself, by S3_REGION. */
  @IsString()
  S3_ENDPOINT = '';

  @IsString()
  S3_REGION = 'us-east-1';

  @IsString()
  S3_BUCKET = 'luoshi-attachments';

  /** Empty: the SDK's own credential chain (environment, instance role). */
  @IsString()
  S3_ACCESS_KEY_ID = '';

  @IsString()
  S3_SECRET_ACCESS_KEY = '';

  /** Bucket in the path (MinIO and most self-hosted services) rather than in the host name. */
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /** Load the demo registry, users and speech into an empty database (never in production). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = false;

  /** The first admin of a production deployment, created when no admin exists. */
  @IsOptional()
  @IsString()
  @MinLength(3)
  ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(8)
  ADMIN_PASSWORD?: string;

  @Transform(toBoolean)
  @IsBoolean()
  MIGRATE_ON_START = true;

  /**
   * PostgreSQL connections per API process. PostgreSQL's max_connections (100 by default) must
   * cover every replica: N API × DB_POOL_SIZE + M workers × 5 + a few for migrations and psql.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_SIZE = 10;

  /**
   * Longest one API query may run (PostgreSQL statement_timeout); a longer one is cancelled and the
   * request fails instead of holding a connection. 0: no limit.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_STATEMENT_TIMEOUT_MS = 15_000;

  /** Queries slower than this are logged (warn, with their SQL and parameters); 0: none. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_SLOW_QUERY_MS = 1000;


  /** The deployment's zone: deadlines are calendar dates there. */
  @IsString()
  TIME_ZONE = 'Asia/Shanghai';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Login attempts allowed per user name and address within LOGIN_RATE_WINDOW_SECONDS (counted in Redis: shared by replicas). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /** Login attempts allowed per client address, whatever the user name, within LOGIN_RATE_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_IP_RATE_LIMIT = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 60;

  /** Consecutive failed sign-ins that lock an account (等保: lockout); 0 disables the lockout. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  LOCKOUT_THRESHOLD = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOCKOUT_MINUTES = 15;

  /** Shortest password allowed (code points). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  PASSWORD_MIN_LENGTH = 8;

  /** How many of upper case, lower case, digits and symbols a password must mix (1-4). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(4)
  PASSWORD_MIN_CLASSES = 3;

  /** Whether passwords expire (then their owner must change them at the next sign-in). */
  @Transform(toBoolean)
  @IsBoolean()
  PASSWORD_EXPIRY = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_MAX_AGE_DAYS = 90;

  /** A session ends after this many minutes without activity (background polling does not count). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 30;
  /** Worker threads that parse uploaded files (speeches, attachment checks), off the event loop. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  FILE_PARSE_THREADS = 2;

  /** Time cap of parsing one upload (waiting included); the thread is stopped and the upload refused. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FILE_PARSE_TIMEOUT_SECONDS = 20;

  /** Heap cap of one parsing thread in MB: a file that needs more is refused, the API stays up. */
  @Transform(toInt)
  @IsInt()
  @Min(32)
  FILE_PARSE_MAX_HEAP_MB = 256;
  /** Reminders: how often the worker's scheduler looks for reminders firing soon. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_SCAN_SECONDS = 60;

  /** Reminders: how far ahead the scheduler puts delayed jobs into Redis (what Redis holds is bounded by it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_WINDOW_MINUTES = 60;

  /** Reminders: how often the reconciler rebuilds Redis from the database. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_RECONCILE_MINUTES = 60;

  /** Reminders: after an outage, the reconciler still sends what fell due this many minutes ago at most. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  REMINDER_CATCH_UP_MINUTES = 120;

  /** Reminders: jobs of the reminders queue one worker process runs at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  REMINDER_CONCURRENCY = 5;

  /** Reminders: most occurrences of one instant one SendRemindersJob carries (re-checked and stored in one transaction). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5000)
  REMINDER_BATCH_SIZE = 500;

  /** Tests only (NODE_ENV=test): the clock starts at this ISO instant and runs on at real speed. */
  @IsOptional()
  @IsString()
  TEST_CLOCK_START?: string;
  // --- Notification channels (e-mail, group robots, webhooks) ---

  /** SMTP server for e-mail, as a URL (smtp://user:pass@host:587, smtps://… for TLS); empty: no e-mail is sent. */
  @IsString()
  SMTP_URL = '';

  /** Sender of every e-mail. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = '落实督查 <noreply@luoshi.local>';

  /** The dashboard's address as recipients reach it: links in e-mails and robot messages start here. */
  @IsString()
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** How long a day's digest waits for the rest of that day's reminders before it goes out. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DIGEST_WINDOW_SECONDS = 600;

  /** Tries per external delivery before it is marked failed; the waits between grow exponentially. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  DELIVERY_ATTEMPTS = 8;

  /** The first wait before a retry; each later wait doubles (60 s, 2 min, 4 min, …). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DELIVERY_BACKOFF_MS = 60_000;

  /** External deliveries (e-mail, robot posts) one worker process sends at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DELIVERY_CONCURRENCY = 5;

  /** Time allowed for one SMTP or webhook call. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DELIVERY_TIMEOUT_MS = 10_000;

  /**
   * Whether robot and webhook addresses may point at this machine or a private network
   * (loopback, 10/8, 172.16/12, 192.168/16, link-local, unique-local IPv6). `deny` (default) keeps
   * a webhook from reaching the deployment's own Redis, PostgreSQL or a cloud metadata service;
   * `allow` for an intranet robot gateway (and the tests, whose robots listen on 127.0.0.1).
   */
  @IsIn(['deny', 'allow'])
  CHANNEL_PRIVATE_HOSTS: 'deny' | 'allow' = 'deny';

  /** Bearer token for GET /api/metrics (Prometheus); empty: the endpoint is off. */
  @IsString()
  METRICS_TOKEN = '';
}

export class EnvironmentError extends Error {}

/** Validates `source` (normally process.env); throws an EnvironmentError naming every bad variable. */
export function loadEnvironment(source: Record<string, string | undefined> = process.env): Environment {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).map((e) => {
    const reasons = Object.values(e.constraints ?? {}).join('; ');
    return `${e.property}: ${reasons}`;
  });
  if (env.DATABASE_URL && !isUrl(env.DATABASE_URL, ['postgres:', 'postgresql:'])) {
    problems.push('DATABASE_URL: must be a postgres:// URL');
  }
  if (env.MIGRATION_DATABASE_URL && !isUrl(env.MIGRATION_DATABASE_URL, ['postgres:', 'postgresql:'])) {
    problems.push('MIGRATION_DATABASE_URL: must be a postgres:// URL');
  }
  if (env.REDIS_URL && !isUrl(env.REDIS_URL, ['redis:', 'rediss:'])) {
    problems.push('REDIS_URL: must be a redis:// URL');
  }
  if (env.NODE_ENV === 'production' && (env.JWT_SECRET === DEV_JWT_SECRET || env.JWT_SECRET.length < 32)) {
    problems.push('JWT_SECRET: production needs your own secret of at least 32 characters');
  }
  if (env.SMTP_URL && !isUrl(env.SMTP_URL, ['smtp:', 'smtps:'])) {
    problems.push('SMTP_URL: must be an smtp:// or smtps:// URL');
  }
  if (!isUrl(env.PUBLIC_BASE_URL, ['http:', 'https:'])) {
    problems.push('PUBLIC_BASE_URL: must be an http:// or https:// URL');
  }
  if (env.S3_ENDPOINT && !isUrl(env.S3_ENDPOINT, ['http:', 'https:'])) {
    problems.push('S3_ENDPOINT: must be an http:// or https:// URL');
  }
  if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 16) {
    problems.push('METRICS_TOKEN: use at least 16 characters');
  }
  if ((env.ADMIN_USERNAME === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_USERNAME/ADMIN_PASSWORD: set both or neither');
  }
  if (env.TEST_CLOCK_START !== undefined && env.NODE_ENV !== 'test') {
    problems.push('TEST_CLOCK_START: only allowed when NODE_ENV=test');
  } else if (env.TEST_CLOCK_START !== undefined && Number.isNaN(Date.parse(env.TEST_CLOCK_START))) {
    problems.push('TEST_CLOCK_START: must be an ISO instant');
  }
  if (problems.length > 0) {
    throw new EnvironmentError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return env;
}

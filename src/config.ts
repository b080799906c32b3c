import { z } from 'zod';

/**
 * The only reader of process.env. Every variable is documented here, validated once at
 * start-up, and every bad one is listed in a single error (Immich / FormSG habit).
 */
const configSchema = z.object({
  PORT: z.coerce
    .number({ error: 'phải là số cổng (1–65535)' })
    .int()
    .min(0)
    .max(65535)
    .default(3000)
    .describe('HTTP port; 0 picks a free port (tests).'),
  HOST: z.string().min(1).default('127.0.0.1').describe('Interface to listen on.'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .describe('Directory of the embedded PGlite database and uploaded files.'),
  FILES_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('Directory of stored files (uploads, forms, results). Default: DATA_DIR/files.'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'phải là URL postgres://…' })
    .optional()
    .describe('When set, use this PostgreSQL server instead of the embedded database.'),
  SEED_DEMO: z
    .enum(['0', '1'], { error: 'phải là 0 hoặc 1' })
    .optional()
    .describe('1 = load demo data. Default: 1 on the embedded database, 0 on PostgreSQL.'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'phải là fatal|error|warn|info|debug|trace|silent',
    })
    .default('info'),
  PUBLIC_URL: z
    .url({ error: 'phải là URL http(s)://…' })
    .optional()
    .describe('Public base URL printed in QR codes and e-mails (default http://HOST:PORT).'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  COOKIE_SECURE: z
    .enum(['0', '1'], { error: 'phải là 0 hoặc 1' })
    .default('0')
    .describe('1 = mark cookies Secure (behind HTTPS).'),
  DEMO_MODE: z
    .enum(['0', '1'], { error: 'phải là 0 hoặc 1' })
    .optional()
    .describe('1 = demo accounts with the demo password may log in. Default follows SEED_DEMO.'),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'phải là URL smtp://user:pass@host:port hoặc smtps://…' })
    .optional()
    .describe('Mail server for e-mail notifications. Unset: e-mails go to the demo mailbox page.'),
  MAIL_FROM: z
    .string()
    .min(3)
    .default('Một Cửa <no-reply@motcua.local>')
    .describe('Sender of e-mail notifications.'),
  SMS_URL: z
    .url({ error: 'phải là URL http(s)://…' })
    .optional()
    .describe('HTTP endpoint of the SMS provider. Unset: SMS go to the demo mailbox page.'),
  PAYMENT_SECRET: z
    .string()
    .min(16, 'phải dài ít nhất 16 ký tự')
    .optional()
    .describe(
      'Shared secret that signs payment-gateway callbacks. Default: a demo secret in demo mode only; without it (and without demo mode) online payment is off.',
    ),
  IDENTITY_PROVIDER: z
    .enum(['standin', 'vneid'], { error: 'phải là standin hoặc vneid' })
    .default('standin')
    .describe('Citizen sign-in by national e-ID: the local stand-in (demo) or VNeID.'),
});

/** Signs the simulated gateway's callbacks in demo mode when PAYMENT_SECRET is unset (public: demo only). */
export const demoPaymentSecret = 'mot-cua-demo-payment-secret';

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  databaseUrl: string | undefined;
  seedDemo: boolean;
  demoMode: boolean;
  logLevel: RawConfig['LOG_LEVEL'];
  publicUrl: string | undefined;
  sessionTtlHours: number;
  cookieSecure: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  smsUrl: string | undefined;
  paymentSecret: string | undefined;
  identityProvider: RawConfig['IDENTITY_PROVIDER'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, emptyToUndefined(env[key])]),
  );
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `${issue.path.join('.')}: ${issue.message} (giá trị: ${JSON.stringify(cleaned[String(issue.path[0])])})`,
    );
    throw new ConfigError(problems);
  }
  const raw = parsed.data;
  const seedDemo = raw.SEED_DEMO ? raw.SEED_DEMO === '1' : raw.DATABASE_URL === undefined;
  const demoMode = raw.DEMO_MODE ? raw.DEMO_MODE === '1' : seedDemo;
  return {
    port: raw.PORT,
    host: raw.HOST,
    dataDir: raw.DATA_DIR,
    filesDir: raw.FILES_DIR ?? `${raw.DATA_DIR.replace(/\/$/, '')}/files`,
    databaseUrl: raw.DATABASE_URL,
    seedDemo,
    demoMode,
    logLevel: raw.LOG_LEVEL,
    publicUrl: raw.PUBLIC_URL,
    sessionTtlHours: raw.SESSION_TTL_HOURS,
    cookieSecure: raw.COOKIE_SECURE === '1',
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM,
    smsUrl: raw.SMS_URL,
    // Decree 118/2025 Art. 24 callbacks are signed; the well-known demo secret only in demo mode.
    paymentSecret: raw.PAYMENT_SECRET ?? (demoMode ? demoPaymentSecret : undefined),
    identityProvider: raw.IDENTITY_PROVIDER,
  };
}

/** Lines for `--help`-style documentation of every variable. */
export function describeConfig(): string[] {
  return Object.entries(configSchema.shape).map(
    ([key, schema]) => `${key}: ${(schema as z.ZodType).description ?? ''}`,
  );
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

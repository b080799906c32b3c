import { type ChildProcess, spawn } from 'node:child_process';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A REAL SMTP server for the delivery tests, in its own process (the `smtp-server` package, the
 * server half of nodemailer's project): the app's SMTP sender talks to it over TCP exactly as to a
 * production relay. Every accepted message is parsed (mailparser: encoded-word subjects,
 * quoted-printable or base64 UTF-8 bodies) and written as JSON to a temporary directory before
 * the server answers 250, with the raw message; every RCPT TO is logged with the reply it got.
 *
 * Behaviour by recipient, fixed at start: `tempFailures[address] = n` answers the first n RCPT TO
 * of that address with 451 (greylisting), `reject` addresses get 550 5.1.1 (no such user).
 */
export interface SmtpServerOptions {
  tempFailures?: Record<string, number>;
  reject?: string[];
}

export interface ReceivedMail {
  seq: number;
  messageId: string | null;
  subject: string | null;
  from: string | null;
  to: string[];
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
  raw: string;
}

export interface RcptEvent {
  to: string;
  reply: number;
}

export interface TestSmtpServer {
  url: string;
  messages(): ReceivedMail[];
  rcptEvents(): RcptEvent[];
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

const thisFile = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-smtp-'));
  writeFileSync(join(dir, 'options.json'), JSON.stringify(options));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', thisFile, dir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = setInterval(() => {
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearInterval(poll);
        resolve(Number(match[1]));
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(poll);
        reject(new Error(`SMTP server did not start: ${output}`));
      }
    }, 50);
  });
  const messages = () =>
    readdirSync(dir)
      .filter((f) => /^mail-\d+\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ReceivedMail)
      .sort((a, b) => a.seq - b.seq);
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rcptEvents: () =>
      readFileSync(join(dir, 'events.jsonl'), { encoding: 'utf8', flag: 'a+' })
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RcptEvent),
    async waitForMessages(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages().length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} messages, got ${messages().length}: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages();
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The child process: listens on a free port of 127.0.0.1 and records what it receives. */
async function runServer(dir: string): Promise<void> {
  const { SMTPServer } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as SmtpServerOptions;
  const tempLeft = new Map(Object.entries(options.tempFailures ?? {}));
  const reject = new Set(options.reject ?? []);
  let seq = 0;
  const log = (event: RcptEvent) =>
    appendFileSync(join(dir, 'events.jsonl'), `${JSON.stringify(event)}\n`);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const left = tempLeft.get(to) ?? 0;
      if (left > 0) {
        tempLeft.set(to, left - 1);
        log({ to, reply: 451 });
        const error = Object.assign(new Error('4.7.1 Greylisted, please try again later'), {
          responseCode: 451,
        });
        return callback(error);
      }
      if (reject.has(to)) {
        log({ to, reply: 550 });
        const error = Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 });
        return callback(error);
      }
      log({ to, reply: 250 });
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        seq += 1;
        const headers: Record<string, string> = {};
        for (const line of parsed.headerLines) headers[line.key] = line.line;
        const mail: ReceivedMail = {
          seq,
          messageId: parsed.messageId ?? null,
          subject: parsed.subject ?? null,
          from: parsed.from?.text ?? null,
          to: session.envelope.rcptTo.map((r) => r.address),
          text: parsed.text ?? null,
          html: typeof parsed.html === 'string' ? parsed.html : null,
          headers,
          raw: raw.toString('utf8'),
        };
        // Written before the 250 reply: once the sender has its answer, the test can read it.
        writeFileSync(join(dir, `mail-${String(seq).padStart(4, '0')}.json`), JSON.stringify(mail));
        callback(null, `Message queued as Q${seq}`);
      });
    },
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.server.address();
    process.stdout.write(
      `LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`,
    );
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  runServer(process.argv[2]!).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}

/**
 * A real IMAP server for tests: Debian's dovecot on a free loopback port, with its own
 * configuration, maildirs and one user, all in a temporary directory. `restart()` stops and
 * starts it (a dropped connection, as when the municipality's mail server restarts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const DOVECOT = '/usr/sbin/dovecot';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, up: boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (open === up) return;
    if (Date.now() > end) throw new Error(`dovecot did not ${up ? 'start' : 'stop'} on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startImapServer(): Promise<TestImapServer> {
  if (!fs.existsSync(DOVECOT)) {
    throw new Error('dovecot ontbreekt: installeer dovecot-imapd (apt-get install -y dovecot-imapd); .ci/run doet dat');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postsignaal-imap-'));
  // dovecot's auth process runs as its own user and must reach the password file.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const user = 'postbus';
  const password = 'geheim-wachtwoord';
  // Dovecot never serves mail as root: as root, the mailbox belongs to 'nobody'.
  const root = (process.getuid?.() ?? 0) === 0;
  const uid = root ? 65534 : process.getuid!();
  const gid = root ? 65534 : process.getgid!();
  const me = os.userInfo().username;
  for (const d of ['run', 'state', 'mail']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  if (root) fs.chownSync(path.join(dir, 'mail'), uid, gid);
  fs.writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  fs.writeFileSync(
    path.join(dir, 'dovecot.conf'),
    [
      'protocols = imap',
      'listen = 127.0.0.1',
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${dir}/dovecot.log`,
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `first_valid_uid = ${uid}`,
      ...(root ? [] : [`default_login_user = ${me}`, `default_internal_user = ${me}`]),
      `mail_location = maildir:${dir}/mail/%u`,
      'passdb {', '  driver = passwd-file', `  args = scheme=PLAIN username_format=%u ${dir}/passwd`, '}',
      'userdb {', '  driver = static', `  args = uid=${uid} gid=${gid} home=${dir}/mail/%u`, '}',
      'service imap-login {', '  inet_listener imap {', '    address = 127.0.0.1', `    port = ${port}`, '  }', '  chroot =', '}',
      'service anvil {', '  chroot =', '}',
      'namespace inbox {', '  inbox = yes', '  separator = /', '}',
      '',
    ].join('\n'),
  );
  let proc: ChildProcess | null = null;
  const start = async () => {
    proc = spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
    await waitForPort(port, true);
  };
  const stop = async () => {
    const p = proc;
    proc = null;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await exited;
    await waitForPort(port, false);
  };
  await start();
  return {
    host: '127.0.0.1', port, user, password, start, stop,
    async close() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

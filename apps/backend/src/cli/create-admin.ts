import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { migrateAndSeed, resolveDatabase } from '../database/prepare-database';
import { createAccount } from '../modules/users/create-account';

const USAGE = 'Usage: npm run create-admin -- --email <address> [--name "<display name>"]   (the password is read from standard input, or asked for)';

/** Reads the password: asked twice without echo on a terminal, else the first line of standard input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    return input.split(/\r?\n/, 1)[0] ?? '';
  }
  let muted = false;
  const output = new Writable({ write: (chunk: Buffer, _encoding, done) => (muted ? done() : process.stdout.write(chunk, () => done())) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (question: string): Promise<string> =>
    new Promise((resolve) => {
      process.stdout.write(question);
      muted = true;
      rl.question('', (answer) => {
        muted = false;
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  try {
    const first = await ask('Password (12 to 128 characters): ');
    const second = await ask('Same password again: ');
    if (first !== second) throw new Error('The two passwords differ.');
    return first;
  } finally {
    rl.close();
  }
}

/**
 * `npm run create-admin -- --email …`: creates the first administrator (there is never a default
 * password). The administrator sets up the second factor at the first sign-in.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email)) throw new Error(`--email must be an e-mail address.\n${USAGE}`);
  const log = (message: string): void => console.log(message);
  const config = loadConfig();
  const password = await readPassword();
  const database = await resolveDatabase(config, log);
  try {
    await migrateAndSeed(database.url, () => undefined);
    const dataSource = createDataSource(database.url, 1);
    await dataSource.initialize();
    try {
      const id = await createAccount(
        dataSource,
        {
          email: values.email,
          displayName: values.name ?? values.email.split('@')[0] ?? values.email,
          password,
          scope: { role: 'administrator', stateIso3: null, organisationId: null, institutionIds: [] },
        },
        'cli:create-admin',
      );
      log(`Created administrator ${values.email.toLowerCase()} (${id}). Sign in at ${config.auth.publicUrl}/login: you will set up the second factor (TOTP) first.`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    console.error(typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});

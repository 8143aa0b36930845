import { readFileSync } from 'node:fs';
import { calendarDate, DEFAULT_TIME_ZONE } from '@luoshi/common';
import { extract } from '@luoshi/extractor';
import { decodeSpeechFile, UnreadableSpeechFileError } from '@luoshi/speech-file';
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.util';
import { parseRegistry } from './registry-file.util';

const EXIT_BAD_INPUT = 2;

function fail(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
  process.exitCode = EXIT_BAD_INPUT;
}

function readBytes(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliUsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** "Today" in the deployment's zone (TIME_ZONE, as for the API), not the machine's. */
function today(): string {
  try {
    return calendarDate(new Date(), process.env['TIME_ZONE'] || DEFAULT_TIME_ZONE);
  } catch {
    return calendarDate(new Date(), DEFAULT_TIME_ZONE);
  }
}

async function main(): Promise<void> {
  try {
    const args = parseCliArgs(process.argv.slice(2));
    const registryBytes = readBytes(args.orgs, 'registry');
    let registry;
    try {
      registry = parseRegistry(registryBytes.toString('utf8').replace(/^\uFEFF/u, ''));
    } catch (e) {
      throw new CliUsageError(`registry ${args.orgs} is not valid: ${(e as Error).message}`);
    }
    const text = await decodeSpeechFile(readBytes(args.file, 'speech file'), args.file);
    const result = extract({ text, registry, date: args.date, today: today() });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (e) {
    if (e instanceof CliUsageError) fail(e.message === 'help' ? USAGE : `${e.message}\n${USAGE}`);
    else if (e instanceof UnreadableSpeechFileError) fail(`unreadable speech file: ${e.message}`);
    else {
      process.stderr.write(`extract: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    }
  }
}

void main();

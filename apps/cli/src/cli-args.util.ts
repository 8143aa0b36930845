export interface CliArgs {
  file: string;
  orgs: string;
  date: string | null;
}

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

export const USAGE = 'usage: npm run -s extract -- FILE --orgs REGISTRY.json [--date YYYY-MM-DD]';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let file: string | null = null;
  let orgs: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--orgs' || flag === '--date') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new CliUsageError(`${flag} needs a value`);
      if (flag === '--orgs') orgs = value;
      else {
        if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
          throw new CliUsageError(`--date must be a real date YYYY-MM-DD, got "${value}"`);
        }
        date = value;
      }
    } else if (flag === '-h' || flag === '--help') {
      throw new CliUsageError('help');
    } else if (flag.startsWith('--')) {
      throw new CliUsageError(`unknown option ${flag}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new CliUsageError(`unexpected argument "${arg}"`);
    }
  }
  if (file === null) throw new CliUsageError('missing speech FILE');
  if (orgs === null) throw new CliUsageError('missing --orgs REGISTRY.json');
  return { file, orgs, date };
}

import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../cli-args.util';

describe('parseCliArgs', () => {
  it('reads the file, registry and date in any order', () => {
    expect(parseCliArgs(['--orgs', 'o.json', 's.txt', '--date=2026-04-08'])).toEqual({ file: 's.txt', orgs: 'o.json', date: '2026-04-08' });
  });

  it.each([[[]], [['s.txt']], [['s.txt', '--orgs']], [['s.txt', '--orgs', 'o', '--date', '2026-13-01']], [['a', 'b', '--orgs', 'o']]])('rejects %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
  });
});

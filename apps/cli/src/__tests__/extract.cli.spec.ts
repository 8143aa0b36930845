import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as iconv from 'iconv-lite';
import { rmSync } from 'node:fs';
import { printTestPdf } from '@luoshi/testing';

const ROOT = resolve(__dirname, '../../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REGISTRY = join(dir, 'orgs.json');
writeFileSync(
  REGISTRY,
  JSON.stringify({ organizations: [{ name: '市委', kind: 'party_committee', aliases: ['区委'] }, { name: '应急管理局', kind: 'government', aliases: ['应急局'] }] }),
);
const SPEECH = '在防汛工作会议上的讲话\n（2025年5月6日）\n同志们：\n一、压实责任\n市应急管理局要在6月底前完成隐患排查，每周报送一次进展。区委将适时开展督查。\n';

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [TSX, '--tsconfig', join(ROOT, 'tsconfig.base.json'), join(ROOT, 'apps/cli/src/extract.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60000,
  });
}

describe('extract CLI', () => {
  it('reads a PDF with a text layer and resolves working-day deadlines with the published calendar', () => {
    const file = join(dir, 'speech.pdf');
    // 2025-09-26 is a Friday: the 国庆 holiday (10-01..10-08) and the weekend are not working days
    const lines = SPEECH.replace('（2025年5月6日）', '（2025年9月26日）').replace('在6月底前', '5个工作日内').trim().split('\n');
    writeFileSync(file, printTestPdf([{ paragraphs: lines }], { footer: '- {n} -' }));
    const r = run([file, '--orgs', REGISTRY]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { date: string; items: Array<{ kind: string; orgs: string[]; due: string | null }> };
    expect(out.date).toBe('2025-09-26');
    expect(out.items.find((i) => i.kind === 'directive')).toMatchObject({ orgs: ['应急管理局'], due: '2025-10-10' });
  });

  it('prints exactly one JSON document for a GBK file', () => {
    const file = join(dir, 'speech.txt');
    writeFileSync(file, iconv.encode(SPEECH, 'gbk'));
    const r = run([file, '--orgs', REGISTRY]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { date: string; items: Array<{ kind: string; orgs: string[]; due: string | null; cadence: string | null }> };
    expect(out.date).toBe('2025-05-06');
    expect(out.items.find((i) => i.kind === 'directive')).toMatchObject({ orgs: ['应急管理局'], due: '2025-06-30', cadence: 'weekly' });
    expect(out.items.some((i) => i.kind === 'commitment')).toBe(true);
  });

  it('lets --date win over the written date and uses today otherwise', () => {
    const file = join(dir, 'undated.txt');
    writeFileSync(file, SPEECH.replace('（2025年5月6日）\n', ''));
    expect(JSON.parse(run([file, '--orgs', REGISTRY, '--date', '2025-07-01']).stdout).date).toBe('2025-07-01');
    expect(JSON.parse(run([file, '--orgs', REGISTRY]).stdout).date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it.each([
    ['a missing file', ['nope.txt', '--orgs', 'REG']],
    ['a missing --orgs', ['FILE']],
    ['a bad date', ['FILE', '--orgs', 'REG', '--date', '2025-02-30']],
    ['an unknown option', ['FILE', '--orgs', 'REG', '--verbose']],
    ['a binary file', ['BIN', '--orgs', 'REG']],
    ['a bad registry', ['FILE', '--orgs', 'BADREG']],
  ])('exits 2 with a message on stderr and nothing on stdout for %s', (_name, args) => {
    const file = join(dir, 'ok.txt');
    const bin = join(dir, 'garbage.bin');
    const badReg = join(dir, 'bad.json');
    writeFileSync(file, SPEECH);
    writeFileSync(bin, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)));
    writeFileSync(badReg, '{ not json');
    const resolved = args.map((a) => ({ FILE: file, REG: REGISTRY, BIN: bin, BADREG: badReg })[a] ?? a);
    const r = run(resolved);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: /u);
  });
});

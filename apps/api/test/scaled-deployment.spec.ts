import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** docker/compose.yml as `docker compose config` would read it (anchors merged), checked without a Docker engine. */
const dockerDir = join(__dirname, '../../../docker');
type Service = { image?: string; command?: string[]; environment?: Record<string, string>; volumes?: string[]; depends_on?: Record<string, { condition: string }> };
const composeText = readFileSync(join(dockerDir, 'compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('docker/: the scaled deployment', () => {
  it('keeps attachments in MinIO, which the api replicas reach as an S3 service once its bucket exists', () => {
    const { minio, api, worker } = compose.services;
    expect(minio?.image).toMatch(/^minio\/minio:/);
    expect(minio?.volumes).toContain('minio-data:/data');
    expect(compose.services['minio-bucket']?.depends_on?.['minio']?.condition).toBe('service_healthy');
    expect(api?.environment).toMatchObject({ ATTACHMENT_STORAGE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' });
    expect(api?.depends_on?.['minio-bucket']?.condition).toBe('service_completed_successfully');
    // No replica keeps files of its own any more.
    expect(api?.volumes ?? []).toEqual([]);
    expect(Object.keys(compose.volumes)).not.toContain('files');
    expect(worker?.command).toEqual(['node', 'dist/apps/worker/main.js']);
  });

  it('runs Redis with AOF and noeviction, and sizes the pools through the environment', () => {
    const command = compose.services['redis']?.command ?? [];
    expect(command.join(' ')).toMatch(/--appendonly yes/);
    expect(command.join(' ')).toMatch(/--maxmemory-policy noeviction/);
    expect(compose.services['api']?.environment?.['DB_POOL_SIZE']).toMatch(/^\$\{DB_POOL_SIZE:-\d+\}$/);
  });

  it('asks env.example for every variable compose requires', () => {
    const example = readFileSync(join(dockerDir, 'env.example'), 'utf8');
    const required = new Set([...composeText.matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1] ?? ''));
    for (const name of required) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('documents N api behind nginx, N workers, PostgreSQL, Redis, MinIO and the read replica', () => {
    const doc = readFileSync(join(dockerDir, 'SCALING.md'), 'utf8');
    for (const word of ['--scale api=N', 'nginx', 'DB_POOL_SIZE', 'max_connections', 'DB_STATEMENT_TIMEOUT_MS', 'AOF', 'MinIO', 'read replica']) {
      expect(doc).toContain(word);
    }
    expect(readFileSync(join(dockerDir, 'nginx.conf'), 'utf8')).toMatch(/proxy_pass \$api/);
  });
});

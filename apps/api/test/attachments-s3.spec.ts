import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { freePort, waitUntil } from '@luoshi/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssignmentFixture, createAssignment, removeFixtures } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/** ATTACHMENT_STORAGE=s3 against a real S3-protocol server process (s3rver), not the local disk. */
const BUCKET = 'luoshi-test-attachments';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('attachments in an S3-compatible bucket', () => {
  let s3rver: ChildProcess;
  let s3: S3Client;
  let api: TestApi;
  let objectsDir: string;
  let storageDir: string;
  let org: string;
  let own: AssignmentFixture;

  beforeAll(async () => {
    objectsDir = await mkdtemp(join(tmpdir(), 'luoshi-s3rver-'));
    storageDir = await mkdtemp(join(tmpdir(), 'luoshi-files-'));
    const port = await freePort();
    const script = `const S3rver = require('s3rver');
      new S3rver({ port: ${port}, address: '127.0.0.1', silent: true, directory: ${JSON.stringify(objectsDir)}, configureBuckets: [{ name: '${BUCKET}' }] })
        .run().then(() => console.log('s3rver listening'));`;
    s3rver = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const endpoint = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(endpoint)).status < 500, 's3rver');
    const settings = {
      ATTACHMENT_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      STORAGE_DIR: storageDir,
    };
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    api = await startTestApi(settings);
    org = await api.login('gonghui');
    own = await createAssignment(api, { organization: '县总工会', state: 'signed' });
  });

  afterAll(async () => {
    await removeFixtures(api);
    await api?.close();
    s3?.destroy();
    s3rver?.kill('SIGTERM');
    await rm(objectsDir, { recursive: true, force: true });
    await rm(storageDir, { recursive: true, force: true });
  });

  it('keeps the upload as an object in the bucket (nothing on the local disk) and serves it back byte for byte', async () => {
    const form = new FormData();
    form.append('assignmentId', own.id);
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), '进展材料.pdf');
    const reply = await api.request<{ id: string; size: number }>('POST', '/attachments', { token: org, form });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.size).toBe(PDF.length);

    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    const key = `${own.id}/${reply.body.id}`;
    expect(listed.Contents?.map((o) => o.Key)).toContain(key);
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(PDF)).toBe(true);
    expect(await readdir(storageDir)).toEqual([]);

    const res = await fetch(`${api.url}/api/attachments/${reply.body.id}`, { headers: { authorization: `Bearer ${org}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);

    // An object gone from the bucket is the coded 404 of a missing attachment.
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    const gone = await api.request<{ code: string }>('GET', `/attachments/${reply.body.id}`, { token: org });
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('record.not_found');
  });
});

import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live, behind one small interface so a deployment can swap the local
 * disk for shared storage (NFS, S3-compatible) without touching the workflow.
 */
export abstract class AttachmentStorage {
  /** Folder for uploads in flight (created if needed): on the same volume as the store, so `putFile` can be a rename. */
  abstract prepareIncoming(): Promise<string>;

  /** Takes ownership of a local temporary file and keeps it under `key`. */
  abstract putFile(key: string, localPath: string): Promise<void>;

  /** The bytes stored under `key`. */
  abstract read(key: string): Promise<Readable>;

  abstract remove(key: string): Promise<void>;
}

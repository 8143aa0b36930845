import type { JobName } from '@luoshi/common';

/** What a job handler reports back: done, or deliberately nothing to do. */
export type JobStatus = 'success' | 'skipped';

export interface JobHandler<T> {
  readonly jobName: JobName;
  handle(data: T): Promise<JobStatus>;
}

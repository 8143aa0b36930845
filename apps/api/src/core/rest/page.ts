/** One page of a collection; the interceptor turns it into a bare array plus Content-Range. */
export class Page<T> {
  constructor(
    readonly data: T[],
    readonly total: number,
    readonly start: number,
  ) {}
}

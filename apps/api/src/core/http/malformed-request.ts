import type { ErrorCode, ErrorParams } from '@luoshi/common';
import type { NextFunction, Request, Response } from 'express';
import { maxHeaderSize, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, reasonPhrase } from './all-exceptions.filter';

export const JSON_BODY_LIMIT = '8mb';

interface BodyParserError {
  type?: string;
  charset?: string;
  status?: number;
  /** zlib's, when a gzip/deflate/br body does not decompress. */
  code?: string;
}

/** body-parser's error types -> the API's status and code. */
const BODY_ERRORS: ReadonlyMap<string, { status: number; code: ErrorCode }> = new Map<string, { status: number; code: ErrorCode }>([
  ['entity.parse.failed', { status: 400, code: 'validation.body_malformed' }],
  ['entity.too.large', { status: 413, code: 'http.payload_too_large' }],
  ['charset.unsupported', { status: 415, code: 'http.charset_unsupported' }],
  ['encoding.unsupported', { status: 415, code: 'http.unsupported_media_type' }],
  ['request.size.invalid', { status: 400, code: 'http.malformed_request' }],
  ['request.aborted', { status: 400, code: 'http.malformed_request' }],
]);

/** Stands in for a body that could not be read; the global pipe refuses it (StorableTextPipe). */
export class UnreadableBody {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: ErrorParams,
  ) {}
}

/**
 * Express error middleware placed right after the body parsers, so that a body parser's error
 * never falls through to "Cannot POST". A body over the limit is answered at once (it was not
 * read); any other unreadable body is kept as an UnreadableBody and refused when a route takes
 * the body, after the guards: no token is still a 401 first, an unknown route still a 404.
 */
export function malformedBodyHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { type, code } = (error ?? {}) as BodyParserError;
  const known = code?.startsWith('Z_') ? { status: 400, code: 'http.body_undecodable' as const } : type === undefined ? undefined : BODY_ERRORS.get(type);
  if (!known) return next(error);
  const params: ErrorParams = {};
  if (known.code === 'http.charset_unsupported') params['charset'] = (error as BodyParserError).charset ?? '';
  if (known.status !== 413) {
    req.body = new UnreadableBody(known.status, known.code, params);
    return next();
  }
  params['limit'] = JSON_BODY_LIMIT.toUpperCase();
  res.status(known.status).json(errorBody({ statusCode: known.status, code: known.code, params }, req.headers['accept-language']));
}

/** Node's parser errors before any request exists -> status and code. */
function clientErrorStatus(code: string | undefined): { status: number; code: ErrorCode } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: 'http.headers_too_large' };
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return { status: 413, code: 'http.payload_too_large' };
  return { status: 400, code: 'http.malformed_request' };
}

const ACCEPT_LANGUAGE = /\r\naccept-language:[ \t]*([^\r\n]{0,200})/i;

/**
 * A request Node's HTTP parser refuses (a URL or headers over its limit, a broken request line)
 * never reaches Express: without this, Node answers a bare status line. Writes a complete JSON
 * error response on the socket instead, then closes it.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, code } = clientErrorStatus(error.code);
    const language = ACCEPT_LANGUAGE.exec(error.rawPacket?.toString('latin1') ?? '')?.[1];
    const params: ErrorParams = code === 'http.headers_too_large' ? { limit: maxHeaderSize } : {};
    const body = JSON.stringify(errorBody({ statusCode: status, code, params }, language));
    socket.end(
      `HTTP/1.1 ${status} ${reasonPhrase(status)}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}


import type { JwtService } from '@nestjs/jwt';
import { errorLocaleOf, formatErrorMessage, type ErrorCode } from '@luoshi/common';
import { User } from '@luoshi/data';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';

export const QUEUE_BOARD_COOKIE = 'luoshi_queue_board';
export const QUEUE_BOARD_PATH = '/api/admin/queues';
export const QUEUE_BOARD_SESSION_SECONDS = 10 * 60;
const PURPOSE = 'queue-board';

/** Claims of the board's cookie: who opened it and that it is good for nothing else. */
interface BoardClaims {
  sub: string;
  purpose: string;
}

export function signBoardSession(jwt: JwtService, userId: string): Promise<string> {
  return jwt.signAsync({ sub: userId, purpose: PURPOSE } satisfies BoardClaims, { expiresIn: QUEUE_BOARD_SESSION_SECONDS });
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function refuse(req: Request, res: Response, status: number, code: ErrorCode): void {
  res.status(status).json({
    statusCode: status,
    message: formatErrorMessage(code, {}, errorLocaleOf(req.headers['accept-language'])),
    error: status === 401 ? 'Unauthorized' : 'Forbidden',
    code,
  });
}

/**
 * Guards Bull Board. A browser cannot send a bearer header to a page it opens, so an admin first
 * asks the API for a short-lived signed cookie (HTTP-only, this path only), and every request of
 * the board checks it and that its user is still an active admin.
 */
export function queueBoardGuard(jwt: JwtService, dataSource: DataSource) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = cookieValue(req.headers.cookie, QUEUE_BOARD_COOKIE);
    if (!token) return refuse(req, res, 401, 'channels.queue_board_session_missing');
    jwt
      .verifyAsync<BoardClaims>(token)
      .then(async (claims) => {
        if (claims.purpose !== PURPOSE) return refuse(req, res, 401, 'channels.queue_board_session_missing');
        const user = await dataSource.getRepository(User).findOne({ where: { id: claims.sub }, select: { id: true, role: true, active: true } });
        if (!user || !user.active || user.role !== 'admin') return refuse(req, res, 403, 'channels.queue_board_forbidden');
        next();
      })
      .catch(() => refuse(req, res, 401, 'channels.queue_board_session_missing'));
  };
}

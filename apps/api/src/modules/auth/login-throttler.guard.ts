import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Counts login attempts per user name and client address, so one attacker cannot lock out everyone. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = (req['body'] ?? {}) as { username?: unknown };
    const username = typeof body.username === 'string' ? body.username.toLowerCase() : '';
    return `${String(req['ip'])}|${username}`;
  }
}

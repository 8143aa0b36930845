import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { AppException } from '../../http/app.exception';
import type { ClockService } from '../../time/clock.service';
import type { AuthUser } from '../auth-user';
import { AllowPendingPasswordChange, Public, Roles } from '../auth.decorators';
import { BACKGROUND_REQUEST_HEADER, JwtAuthGuard } from '../jwt-auth.guard';
import { RolesGuard } from '../roles.guard';
import type { SessionService, SessionUser } from '../session.service';

// The guards on their own, with Nest's real Reflector reading the real decorators and a real
// JwtService signing and checking tokens; only the session store is stood in for (its own
// behaviour, in PostgreSQL and Redis, is what test/auth.spec.ts covers).

class Plain {
  open(): string {
    return 'open';
  }
  @Roles('admin', 'org_admin')
  adminsOnly(): string {
    return 'adminsOnly';
  }
  @Public()
  health(): string {
    return 'health';
  }
  @AllowPendingPasswordChange()
  changePassword(): string {
    return 'changePassword';
  }
}

@Roles('supervisor')
class SupervisorsOnly {
  inherited(): string {
    return 'inherited';
  }
  @Roles('viewer')
  overridden(): string {
    return 'overridden';
  }
}

@Public()
class PublicController {
  anything(): string {
    return 'anything';
  }
}

type Request = { headers: Record<string, string | undefined>; user?: AuthUser };

function context(controller: new () => object, method: string, req: Request): ExecutionContext {
  const handler = (controller.prototype as Record<string, () => void>)[method];
  return {
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

const user = (role: Role): AuthUser => ({
  id: '6f1f0b3e-7d1a-4c55-9a43-2f1f7c1d0a01',
  username: 'u',
  role,
  organizationId: null,
});

/** Runs `work` and returns the AppException it threw (fails the test when it throws nothing else). */
async function refusal(work: () => unknown): Promise<AppException> {
  try {
    await work();
  } catch (e) {
    expect(e).toBeInstanceOf(AppException);
    return e as AppException;
  }
  throw new Error('expected a refusal, the call went through');
}

describe('RolesGuard', () => {
  const guard = new RolesGuard(new Reflector());

  it('lets any signed-in user through a route without @Roles', () => {
    expect(guard.canActivate(context(Plain, 'open', { headers: {}, user: user('viewer') }))).toBe(true);
  });

  it('lets a listed role through', () => {
    expect(guard.canActivate(context(Plain, 'adminsOnly', { headers: {}, user: user('admin') }))).toBe(true);
    expect(guard.canActivate(context(Plain, 'adminsOnly', { headers: {}, user: user('org_admin') }))).toBe(true);
  });

  it('refuses a role that is not listed, naming it and the allowed ones in both languages', async () => {
    const e = await refusal(() =>
      guard.canActivate(context(Plain, 'adminsOnly', { headers: {}, user: user('org_staff') })),
    );
    expect(e.getStatus()).toBe(403);
    expect(e.code).toBe('auth.role_forbidden');
    expect(e.params).toEqual({
      role: 'organization staff',
      roleZh: '单位工作人员',
      allowed: 'admin, organization admin',
      allowedZh: '系统管理员、单位管理员',
    });
  });

  it('reads @Roles on the class, and the method’s own @Roles wins over it', async () => {
    expect(guard.canActivate(context(SupervisorsOnly, 'inherited', { headers: {}, user: user('supervisor') }))).toBe(
      true,
    );
    expect(
      (
        await refusal(() =>
          guard.canActivate(context(SupervisorsOnly, 'inherited', { headers: {}, user: user('admin') })),
        )
      ).getStatus(),
    ).toBe(403);
    expect(guard.canActivate(context(SupervisorsOnly, 'overridden', { headers: {}, user: user('viewer') }))).toBe(true);
    const e = await refusal(() =>
      guard.canActivate(context(SupervisorsOnly, 'overridden', { headers: {}, user: user('supervisor') })),
    );
    expect(e.params['allowed']).toBe('viewer');
  });

  it('leaves a request without a user (a public route) to the auth guard', () => {
    expect(guard.canActivate(context(Plain, 'adminsOnly', { headers: {} }))).toBe(true);
  });
});

describe('JwtAuthGuard', () => {
  const SECRET = 'guard-spec-secret';
  const jwt = new JwtService({ secret: SECRET });
  const USER_ID = '0b6f2f7e-1c7a-4f0e-8d5e-3a9c1e2b4d10';
  const SESSION_ID = '9d3c2b1a-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
  // Long ago, so that a guard checking expiry against the real time (not the clock) refuses.
  const ISSUED = Date.UTC(2020, 0, 15, 8, 0, 0);

  const sessionUser = (over: Partial<SessionUser> = {}): SessionUser => ({
    id: USER_ID,
    username: 'zhangsan',
    role: 'org_admin',
    organizationId: 'a1b2c3d4-0000-4000-8000-000000000001',
    active: true,
    mustChangePassword: false,
    passwordChangedAt: new Date(ISSUED),
    passwordPolicyExempt: false,
    ...over,
  });

  /** A guard whose clock reads `nowMs` and whose session store answers `resumed`; records the calls. */
  function setup(opts: { nowMs?: number; resumed?: SessionUser | null; passwordChangeRequired?: boolean } = {}) {
    const calls: Array<[string, string, boolean]> = [];
    const sessions = {
      idleMinutes: 45,
      resume: async (sid: string, sub: string, background: boolean) => {
        calls.push([sid, sub, background]);
        return opts.resumed === undefined ? sessionUser() : opts.resumed;
      },
      passwordChangeRequired: () => opts.passwordChangeRequired ?? false,
    } as unknown as SessionService;
    const clock = { now: () => new Date(opts.nowMs ?? ISSUED + 30_000) } as unknown as ClockService;
    return { guard: new JwtAuthGuard(new Reflector(), jwt, sessions, clock), calls };
  }

  const token = (claims: Record<string, unknown> = { sub: USER_ID, sid: SESSION_ID }, expiresInSeconds = 60): string =>
    jwt.sign({ ...claims, iat: ISSUED / 1000 }, { expiresIn: expiresInSeconds });
  const bearer = (t: string): Request => ({ headers: { authorization: `Bearer ${t}` } });

  it('lets a @Public route through without a token, on the method or its class', async () => {
    const { guard, calls } = setup();
    await expect(guard.canActivate(context(Plain, 'health', { headers: {} }))).resolves.toBe(true);
    await expect(guard.canActivate(context(PublicController, 'anything', { headers: {} }))).resolves.toBe(true);
    expect(calls).toEqual([]);
  });

  it.each([
    ['no header', {}],
    ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['Bearer and nothing', { authorization: 'Bearer' }],
    ['Bearer and a space', { authorization: 'Bearer ' }],
  ])('asks to sign in when the token is missing: %s', async (_name, headers) => {
    const { guard } = setup();
    const e = await refusal(() => guard.canActivate(context(Plain, 'open', { headers })));
    expect(e.getStatus()).toBe(401);
    expect(e.code).toBe('auth.token_missing');
  });

  it('accepts a token that has not expired by the clock, and puts the session’s user on the request', async () => {
    // half a second before the last valid second ends: the clock is read in whole seconds, rounded down
    const { guard, calls } = setup({ nowMs: ISSUED + 59_500 });
    const req = bearer(token());
    await expect(guard.canActivate(context(Plain, 'open', req))).resolves.toBe(true);
    expect(calls).toEqual([[SESSION_ID, USER_ID, false]]);
    expect(req.user).toEqual({
      id: USER_ID,
      username: 'zhangsan',
      role: 'org_admin',
      organizationId: 'a1b2c3d4-0000-4000-8000-000000000001',
      sessionId: SESSION_ID,
    });
  });

  it('refuses a token that expired by the clock', async () => {
    const { guard, calls } = setup({ nowMs: ISSUED + 60_000 });
    const e = await refusal(() => guard.canActivate(context(Plain, 'open', bearer(token()))));
    expect(e.getStatus()).toBe(401);
    expect(e.code).toBe('auth.token_invalid');
    expect(calls).toEqual([]);
  });

  it.each([
    [
      'signed with another secret',
      () =>
        new JwtService({ secret: 'other' }).sign(
          { sub: USER_ID, sid: SESSION_ID, iat: ISSUED / 1000 },
          { expiresIn: 60 },
        ),
    ],
    ['not a JWT', () => 'not-a-token'],
    ['sub missing', () => token({ sid: SESSION_ID })],
    ['sid missing', () => token({ sub: USER_ID })],
    ['sub a number', () => token({ sub: 42, sid: SESSION_ID })],
    ['sid a number', () => token({ sub: USER_ID, sid: 42 })],
    ['sub not a UUID', () => token({ sub: 'zhangsan', sid: SESSION_ID })],
    ['sid not a UUID', () => token({ sub: USER_ID, sid: 'session-1' })],
  ])('refuses a bad token: %s', async (_name, make) => {
    const { guard, calls } = setup();
    const e = await refusal(() => guard.canActivate(context(Plain, 'open', bearer(make()))));
    expect(e.getStatus()).toBe(401);
    expect(e.code).toBe('auth.token_invalid');
    expect(calls).toEqual([]);
  });

  it('tells the session store whether the request is background polling (header value 1 only)', async () => {
    const { guard, calls } = setup();
    await guard.canActivate(
      context(Plain, 'open', { headers: { authorization: `Bearer ${token()}`, [BACKGROUND_REQUEST_HEADER]: '1' } }),
    );
    await guard.canActivate(
      context(Plain, 'open', { headers: { authorization: `Bearer ${token()}`, [BACKGROUND_REQUEST_HEADER]: 'true' } }),
    );
    expect(BACKGROUND_REQUEST_HEADER).toBe('x-background-request');
    expect(calls.map((c) => c[2])).toEqual([true, false]);
  });

  it('refuses an expired or ended session, saying how long the idle limit is', async () => {
    const { guard } = setup({ resumed: null });
    const e = await refusal(() => guard.canActivate(context(Plain, 'open', bearer(token()))));
    expect(e.getStatus()).toBe(401);
    expect(e.code).toBe('auth.session_expired');
    expect(e.params).toEqual({ idleMinutes: 45 });
  });

  it('refuses a deactivated account', async () => {
    const { guard } = setup({ resumed: sessionUser({ active: false }) });
    const req = bearer(token());
    const e = await refusal(() => guard.canActivate(context(Plain, 'open', req)));
    expect(e.getStatus()).toBe(401);
    expect(e.code).toBe('auth.account_inactive');
    expect(req.user).toBeUndefined();
  });

  it('while a password change is due, lets through only routes marked for it', async () => {
    const { guard } = setup({ passwordChangeRequired: true });
    const req = bearer(token());
    const e = await refusal(() => guard.canActivate(context(Plain, 'open', req)));
    expect(e.getStatus()).toBe(403);
    expect(e.code).toBe('auth.password_change_required');
    expect(req.user).toBeUndefined();
    await expect(guard.canActivate(context(Plain, 'changePassword', req))).resolves.toBe(true);
    expect(req.user?.id).toBe(USER_ID);
  });
});

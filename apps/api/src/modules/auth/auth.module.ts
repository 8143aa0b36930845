import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@luoshi/config';
import { User } from '@luoshi/data';
import type { Redis } from 'ioredis';
import { JwtAuthGuard } from '../../core/auth/jwt-auth.guard';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { RolesGuard } from '../../core/auth/roles.guard';
import { SessionService } from '../../core/auth/session.service';
import { REDIS } from '../../core/queue/redis.provider';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LOGIN_IP_THROTTLER, LOGIN_USER_THROTTLER, loginIpTracker, loginUserTracker } from './login-throttler.guard';
import { PasswordPolicyService } from './password-policy.service';
import { RedisThrottlerStorage } from './redis-throttler.storage';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => {
        // One key object for the process: handed the secret as a string, jsonwebtoken first tries
        // it as a PEM public key (an exception thrown and caught) and then builds a key from it,
        // on every request.
        const key = createSecretKey(Buffer.from(env.JWT_SECRET));
        return { secretOrKeyProvider: () => key, signOptions: { expiresIn: env.JWT_EXPIRES_IN as `${number}h` } };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [Environment, REDIS],
      useFactory: (env: Environment, redis: Redis) => ({
        throttlers: [
          { name: LOGIN_IP_THROTTLER, ttl: env.LOGIN_RATE_WINDOW_SECONDS * 1000, limit: env.LOGIN_IP_RATE_LIMIT, getTracker: loginIpTracker },
          { name: LOGIN_USER_THROTTLER, ttl: env.LOGIN_RATE_WINDOW_SECONDS * 1000, limit: env.LOGIN_RATE_LIMIT, getTracker: loginUserTracker },
        ],
        storage: new RedisThrottlerStorage(redis, env.QUEUE_PREFIX),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    PasswordPolicyService,
    OrganizationScopeService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [OrganizationScopeService, SessionService, PasswordPolicyService],
})
export class AuthModule {}

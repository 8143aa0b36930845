import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@luoshi/config';
import { User } from '@luoshi/data';
import { JwtAuthGuard } from '../../core/auth/jwt-auth.guard';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { RolesGuard } from '../../core/auth/roles.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        secret: env.JWT_SECRET,
        signOptions: { expiresIn: env.JWT_EXPIRES_IN as `${number}h` },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => [
        { name: 'login', ttl: env.LOGIN_RATE_WINDOW_SECONDS * 1000, limit: env.LOGIN_RATE_LIMIT },
      ],
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    OrganizationScopeService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [OrganizationScopeService],
})
export class AuthModule {}

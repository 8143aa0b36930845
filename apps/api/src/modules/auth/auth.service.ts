import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser, LoginResponse } from '@luoshi/common';
import { User } from '@luoshi/data';
import type { Repository } from 'typeorm';
import { verifyPassword } from './password.util';

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async login(username: string, password: string): Promise<LoginResponse> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    // One message for every failure: no hint whether the user exists.
    if (!user || !user.active || !(await verifyPassword(user.passwordHash, password))) {
      throw new UnauthorizedException('Wrong user name or password');
    }
    return { accessToken: await this.jwt.signAsync({ sub: user.id, role: user.role }) };
  }

  async me(id: string): Promise<CurrentUser> {
    const user = await this.users.findOneByOrFail({ id });
    return {
      id: user.id,
      username: user.username,
      name: user.displayName,
      role: user.role,
      organizationId: user.organizationId,
    };
  }
}

import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { User } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { UsersService } from './users.service';

/** A production deployment's first admin comes from ADMIN_USERNAME/ADMIN_PASSWORD. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminService.name);

  constructor(
    private readonly env: Environment,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_USERNAME: username, ADMIN_PASSWORD: password } = this.env;
    if (!username || !password) return;
    if (await this.dataSource.getRepository(User).existsBy({ role: 'admin' })) return;
    // An initial password like any other: it meets the policy, and is changed at the first sign-in.
    await this.users.create({ username, password, name: username, role: 'admin' }, null, 'ADMIN_PASSWORD');
    this.logger.log(`Created the first admin, ${username}`);
  }
}

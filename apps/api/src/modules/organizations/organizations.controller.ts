import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Organization } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateOrganizationDto, UpdateOrganizationDto } from './organization.dto';
import { OrganizationsService } from './organizations.service';

/** The registry is read by every signed-in user (names appear on their work); edited by supervisors. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>): Promise<Page<Organization>> {
    return this.organizations.list(parseListQuery(query));
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  @Roles('admin', 'supervisor')
  @Post()
  create(@Body() dto: CreateOrganizationDto, @CurrentUser() user: AuthUser): Promise<Organization> {
    return this.organizations.create(dto, user);
  }

  @Roles('admin', 'supervisor')
  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateOrganizationDto, @CurrentUser() user: AuthUser): Promise<Organization> {
    return this.organizations.update(id, dto, user);
  }

  @Roles('admin', 'supervisor')
  @Delete(':id')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Organization> {
    return this.organizations.remove(id, user);
  }
}

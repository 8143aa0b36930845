import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Environment } from '@luoshi/config';
import { existsSync } from 'node:fs';
import { CoreModule } from './core/core.module';
import { ContentRangeInterceptor } from './core/rest/content-range.interceptor';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditEventsModule } from './modules/audit-events/audit-events.module';
import { AuthModule } from './modules/auth/auth.module';
import { BulletinsModule } from './modules/bulletins/bulletins.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ExportsModule } from './modules/exports/exports.module';
import { DemoModule } from './modules/demo/demo.module';
import { ExtensionRequestsModule } from './modules/extension-requests/extension-requests.module';
import { HealthModule } from './modules/health/health.module';
import { ItemsModule } from './modules/items/items.module';
import { DeliveriesModule } from './modules/deliveries/deliveries.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { NotificationChannelsModule } from './modules/notification-channels/notification-channels.module';
import { NotificationPreferencesModule } from './modules/notification-preferences/notification-preferences.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { QueueBoardModule } from './modules/queue-board/queue-board.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { ScoringSchemesModule } from './modules/scoring-schemes/scoring-schemes.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SpeechesModule } from './modules/speeches/speeches.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(env: Environment): DynamicModule {
    const dashboard =
      env.DASHBOARD_DIR && existsSync(env.DASHBOARD_DIR)
        ? [ServeStaticModule.forRoot({ rootPath: env.DASHBOARD_DIR, exclude: ['/api/{*path}'] })]
        : [];
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(env),
        AuditEventsModule,
        AuthModule,
        HealthModule,
        OrganizationsModule,
        UsersModule,
        SpeechesModule,
        ItemsModule,
        AssignmentsModule,
        ReportsModule,
        ExtensionRequestsModule,
        AttachmentsModule,
        ScoringSchemesModule,
        DashboardModule,
        BulletinsModule,
        ExportsModule,
        NotificationsModule,
        RemindersModule,
        NotificationChannelsModule,
        NotificationPreferencesModule,
        DeliveriesModule,
        QueueBoardModule,
        MetricsModule,
        DemoModule,
        ...dashboard,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ContentRangeInterceptor }],
    };
  }
}

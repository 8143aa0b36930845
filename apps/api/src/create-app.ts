import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Environment } from '@luoshi/config';
import { DataSource } from 'typeorm';
import { migrateDatabase, roleOf, runMigrations } from '@luoshi/data';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './core/http/all-exceptions.filter';
import { createValidationPipe } from './core/http/validation.pipe';

/** Builds the configured API application (used by main.ts and by the HTTP tests). */
export async function createApp(env: Environment): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', env.TRUST_PROXY);
  app.setGlobalPrefix('api');
  // A pasted speech can be long; uploads go through multer with their own limit.
  app.useBodyParser('json', { limit: '8mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Swagger UI needs inline styles and scripts; everything else is same-origin.
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Plain-http deployments (a laptop, an intranet) must not have their requests rewritten to https.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  const origins = env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({ origin: origins.length ? origins : false, exposedHeaders: ['Content-Range'], credentials: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Luoshi API')
      .setDescription('落实: speeches to tracked, reminded, visible work. Lists follow the react-admin simple-REST conventions.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (env.MIGRATE_ON_START) {
    // With the owner's setting, migrate as the owner and grant the app's role; without it (one
    // role for everything, e.g. a developer's database) the app's own connection migrates.
    if (env.MIGRATION_DATABASE_URL) await migrateDatabase(env.MIGRATION_DATABASE_URL, roleOf(env.DATABASE_URL));
    else await runMigrations(app.get(DataSource));
  }
  return app;
}

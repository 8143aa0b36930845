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
import { answerClientErrors, JSON_BODY_LIMIT, malformedBodyHandler } from './core/http/malformed-request';
import { documentErrorsAndLimits } from './core/http/openapi-contract';
import { documentResponses } from './core/http/openapi-responses';
import { StorableTextPipe } from './core/http/text-safety';
import { createValidationPipe } from './core/http/validation.pipe';

/** TRUST_PROXY as Express takes it: `false`/`true`, a hop count, or addresses and names (`loopback`, `10.0.0.0/8`). */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim().toLowerCase();
  if (v === 'false' || v === '') return false;
  if (v === 'true') return true;
  return /^\d+$/.test(v) ? Number(v) : value;
}

/** Builds the configured API application (used by main.ts and by the HTTP tests). */
export async function createApp(env: Environment): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(env.TRUST_PROXY));
  app.setGlobalPrefix('api');
  // A pasted speech can be long; uploads go through multer with their own limit. Not strict: a
  // body of `null` or a bare string parses, and the validation pipe refuses it as not an object.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, strict: false });
  app.use(malformedBodyHandler);
  answerClientErrors(app.getHttpServer());
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
  app.useGlobalPipes(new StorableTextPipe(), createValidationPipe());
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
  documentErrorsAndLimits(document);
  documentResponses(document, app.get(DataSource));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (env.MIGRATE_ON_START) {
    // With the owner's setting, migrate as the owner and grant the app's role; without it (one
    // role for everything, e.g. a developer's database) the app's own connection migrates.
    if (env.MIGRATION_DATABASE_URL) await migrateDatabase(env.MIGRATION_DATABASE_URL, roleOf(env.DATABASE_URL));
    else await runMigrations(app.get(DataSource));
  }
  return app;
}

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { EnvironmentError, loadEnvironment } from '@luoshi/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: runs the queue processors, serves no HTTP. SIGTERM lets running jobs finish. */
async function main(): Promise<void> {
  const env = loadEnvironment();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('Worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof EnvironmentError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

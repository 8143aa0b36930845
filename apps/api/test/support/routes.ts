import type { NestExpressApplication } from '@nestjs/platform-express';

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * The routes Express holds after Nest registered every controller, as `METHOD /api/path/:id`,
 * read from the router itself so that a route added anywhere shows up here.
 */
export function registeredRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouteLayer[] } };
  const routes: string[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    // Middleware mounted for every method (logging) and the document's own pages are not routes of the API.
    if (Object.keys(layer.route.methods).length > METHODS.length || layer.route.path.startsWith('/api/docs')) continue;
    for (const m of Object.keys(layer.route.methods).filter((m) => METHODS.includes(m))) routes.push(`${m.toUpperCase()} ${layer.route.path}`);
  }
  return routes.sort();
}

import type { TestProject } from 'vitest/node';
import { startProduct } from './product';

declare module 'vitest' {
  export interface ProvidedContext {
    productUrl: string;
  }
}

/** One running product (built and started by `npm start`) for the smoke and browser tests. */
export default async function setup(project: TestProject) {
  const product = await startProduct();
  project.provide('productUrl', product.url);
  return async () => {
    await product.stop();
  };
}

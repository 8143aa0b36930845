export * from './lib/test-database';
export * from './lib/ports';
export * from './lib/global-setup';
export * from './lib/docx';
export * from './lib/zip-bomb';
export * from './lib/pdf';

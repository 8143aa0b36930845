const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/**
 * One bundle of a Node app (API, worker) and the libs it uses; node_modules stay external.
 * ts-loader (the `tsc` compiler) emits the decorator metadata Nest and TypeORM need.
 * `additionalEntryPoints`: more bundles beside main.js (e.g. a worker thread's file).
 */
module.exports = function nodeAppConfig(projectDir, name, additionalEntryPoints = []) {
  return {
    // commonjs2: an additional entry's exports (a worker thread's handler) reach whoever requires it.
    output: { path: join(projectDir, '../../dist/apps', name), clean: true, library: { type: 'commonjs2' } },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        additionalEntryPoints,
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
        typeCheck: false,
      }),
    ],
  };
};

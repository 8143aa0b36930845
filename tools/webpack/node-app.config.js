const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/**
 * One bundle of a Node app (API, worker) and the libs it uses; node_modules stay external.
 * ts-loader (the `tsc` compiler) emits the decorator metadata Nest and TypeORM need.
 */
module.exports = function nodeAppConfig(projectDir, name) {
  return {
    output: { path: join(projectDir, '../../dist/apps', name), clean: true },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
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

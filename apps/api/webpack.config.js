const nodeAppConfig = require('../../tools/webpack/node-app.config');

// The parsing pool's worker thread is its own file beside main.js (see FileParserPool).
module.exports = nodeAppConfig(__dirname, 'api', [
  { entryName: 'speech-file.worker', entryPath: 'libs/speech-file/src/lib/speech-file.worker.ts' },
]);

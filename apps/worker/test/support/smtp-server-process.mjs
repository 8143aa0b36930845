// A real SMTP server in its own process for the delivery tests (the smtp-server package).
// Usage: node smtp-server-process.mjs <port>. It starts DOWN (nothing listens on the port);
// a line "up" on stdin starts listening, "down" stops. Every accepted message is printed on
// stdout as one JSON line {type:"message", from, to, raw}; state changes as {type:"up"|"down"}.
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2]);
let server = null;
const print = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);

function up() {
  if (server) return print({ type: 'up' });
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        print({
          type: 'message',
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  server.listen(port, '127.0.0.1', () => print({ type: 'up' }));
}

function down() {
  if (!server) return print({ type: 'down' });
  const s = server;
  server = null;
  s.close(() => print({ type: 'down' }));
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'up') up();
  else if (line.trim() === 'down') down();
});
process.stdin.on('end', () => process.exit(0));
print({ type: 'ready' });

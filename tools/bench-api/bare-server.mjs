// The bench's reference server: plain node:http answering every GET with the bytes in BODY_FILE
// (the API's own list page, same headers), and POST /tx/<assignment id> with the progress report's
// transaction issued through raw pg (row lock, two inserts, one update), on a pool of POOL_SIZE.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const body = readFileSync(process.env.BODY_FILE);
const headers = JSON.parse(process.env.BODY_HEADERS ?? '{}');
const pool = process.env.DATABASE_URL ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) }) : null;

async function report(id, authorId) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const locked = await client.query('SELECT id, state, percent, version FROM assignments WHERE id = $1 FOR UPDATE', [id]);
    if (!locked.rows[0]) throw new Error('no assignment');
    const inserted = await client.query(
      `INSERT INTO progress_reports (assignment_id, author_id, done, percent) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
      [id, authorId, 'bench: raw pg report', locked.rows[0].percent],
    );
    await client.query(`UPDATE assignments SET state = 'in_progress', version = version + 1, updated_at = now() WHERE id = $1`, [id]);
    await client.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after) VALUES ($1, 'assignment.report', 'assignment', $2, $3)`,
      [authorId, id, JSON.stringify({ reportId: inserted.rows[0].id })],
    );
    await client.query('COMMIT');
    return JSON.stringify(inserted.rows[0]);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url.startsWith('/tx/') && pool) {
    req.resume();
    req.on('end', () => {
      report(req.url.slice(4), process.env.AUTHOR_ID).then(
        (json) => {
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(json);
        },
        (error) => {
          res.writeHead(500);
          res.end(String(error));
        },
      );
    });
    return;
  }
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));

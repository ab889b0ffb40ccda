// `npm start`'s last step: serves build/site on localhost and prints its URL.
// PORT chooses the port (default 8080, or a free one if 8080 is taken).
import { fileURLToPath } from 'node:url';
import { startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../build/site/', import.meta.url));
const wanted = Number(process.env.PORT ?? 8080);

let server;
try {
  server = await startServer({ root, port: wanted });
} catch (error) {
  if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
  server = await startServer({ root, port: 0 });
}
console.log(`Activation Playground: ${server.url}  (Ctrl+C to stop)`);

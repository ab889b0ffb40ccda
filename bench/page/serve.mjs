// A server for the page benchmark in a process of its own, as a real host
// is: the benchmark's own process drives Chromium and must not slow the
// responses. Prints the URL on its first line; stops when its parent
// closes its standard input.
//
//   node bench/page/serve.mjs <server module> <root>
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [serverModule, root] = process.argv.slice(2);
const { startServer } = await import(pathToFileURL(resolve(serverModule)).href);
const server = await startServer({ root });
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});

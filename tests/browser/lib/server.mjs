// A small static web server for a built site on 127.0.0.1, for suites that need
// http(s) (service workers never run from file://).
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

function fileFor(site, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  let file = join(site, path);
  try {
    if (statSync(file).isDirectory()) {
      file = join(file, "index.html");
    }
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves `site` on a free port; returns `{ url, close() }`. `under` mounts it at a sub-path
 * (`/online-safety/`); `notFound` answers a missing file with the site's 404.html, status
 * 404, as a web server set up for the site does.
 */
export async function serve(site, { under = "/", notFound = false } = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    const file = path.startsWith(under) ? fileFor(site, path.slice(under.length - 1)) : null;
    if (!file) {
      if (notFound) {
        response.writeHead(404, { "content-type": TYPES[".html"] });
        createReadStream(join(site, "404.html")).pipe(response);
        return;
      }
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

import { chromium } from 'playwright-core';
import * as http from 'node:http'; import * as fs from 'node:fs'; import * as path from 'node:path';
const DIST = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => { const u = new URL(req.url, 'http://x'); const f = path.join(DIST, u.pathname === '/' ? 'index.html' : u.pathname); if (!fs.existsSync(f)) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': types[path.extname(f)] ?? 'application/octet-stream' }); fs.createReadStream(f).pipe(res); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (let r = 0; r < 5; r++) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } }); const page = await ctx.newPage();
  await page.addInitScript(() => { window.__m = {}; addEventListener('TrunkApplicationStarted', () => { window.__m.started = performance.now(); });
    new MutationObserver(() => { if (!window.__m.token && document.getElementById('token')) window.__m.token = performance.now(); }).observe(document, { childList: true, subtree: true }); });
  await page.goto(`http://127.0.0.1:${server.address().port}/`); await page.waitForSelector('#token');
  const m = await page.evaluate(() => ({ ...window.__m, res: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 20), Math.round(e.startTime), Math.round(e.responseEnd)]), dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd }));
  console.log(JSON.stringify(m)); await ctx.close();
}
await browser.close(); server.close();

import { chromium } from 'playwright-core';
import * as http from 'node:http'; import * as fs from 'node:fs'; import * as path from 'node:path';
const DIST = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => { const u = new URL(req.url, 'http://x'); const f = path.join(DIST, u.pathname === '/' ? 'index.html' : u.pathname); if (!fs.existsSync(f)) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': types[path.extname(f)] ?? 'application/octet-stream' }); fs.createReadStream(f).pipe(res); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const src = fs.readFileSync('bench.mjs', 'utf8');
const incident = eval('(' + src.slice(src.indexOf('function incident(i)'), src.indexOf('async function routeGraph')).trim() + ')');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } }); const page = await ctx.newPage();
const TOTAL = 10000;
await page.route('https://graph.microsoft.com/**', (route) => {
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'content-type': 'application/json' };
  if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
  const url = new URL(route.request().url()); const skip = Number(url.searchParams.get('$skip') ?? 0);
  const value = []; for (let i = skip; i < Math.min(TOTAL, skip + 50); i++) value.push(incident(i));
  const next = new URL(url); next.searchParams.set('$skip', String(skip + 50));
  return route.fulfill({ headers: cors, body: JSON.stringify({ '@odata.count': TOTAL, value, ...(skip + 50 < TOTAL ? { '@odata.nextLink': next.href } : {}) }) });
});
await page.goto(`http://127.0.0.1:${server.address().port}/?top=50`);
await page.fill('#token', 'x.y.z'); await page.getByRole('button', { name: 'Connect' }).click();
await page.waitForFunction(() => /^Showing 1–50 of 10,000$/.test(document.querySelector('.status-line')?.textContent ?? ''));
await page.getByRole('button', { name: 'Load all' }).click();
await page.waitForFunction(() => document.querySelector('.list-actions button')?.disabled && /Showing 1–50 of 10,000$/.test(document.querySelector('.status-line')?.textContent ?? ''), null, { timeout: 300000 });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
for (const q of ['h', 'ho', 'hos', 'host', 'host-', 'host-4', 'host-42', 'user1', 'user12', 'vip', 't1042', '10.4', 'ransom', 'phish', 'analyst3', 'zzz']) {
  await page.fill('#search', q); await page.waitForTimeout(250);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const dt = profile.timeDeltas;
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map(); const self = new Map();
profile.samples.forEach((id, i) => { const k0 = byId.get(id).callFrame.functionName || '(anon)'; self.set(k0, (self.get(k0) ?? 0) + dt[i] / 1000); const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const k = n.callFrame.functionName; if (k && !seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt[i] / 1000); } cur = parent.get(cur); } });
console.log('INCL\n' + [...incl.entries()].filter(([k]) => !/^\(|shim|invoke|js-to-wasm|wasm-to-js|handleError|real|Queue|poll|__wbg/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)} ${k.replace(/^_ZN|17h[0-9a-f]{16}E$/g, '').slice(0, 120)}`).join('\n'));
console.log('SELF ' + [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k.slice(0, 50)}=${v.toFixed(1)}`).join('  '));
await browser.close(); server.close();

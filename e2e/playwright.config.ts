import { defineConfig } from '@playwright/test';

import { NGINX_PORT, PORT, SUBPATH_PORT } from './tests/ports';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The release build (`trunk build --release` → ../dist) served three ways: plainly, under a subpath,
  // and through nginx with the shipped hosting config. Python serves .wasm as application/wasm.
  webServer: [
    {
      command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory ../dist`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false, timeout: 60_000, stdout: 'ignore', stderr: 'ignore',
    },
    {
      command: `bash ../tools/subpath_test_server.sh ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/tools/incidents/`,
      reuseExistingServer: false, timeout: 60_000, stdout: 'ignore', stderr: 'ignore',
    },
    {
      command: `bash ../tools/nginx_test_server.sh ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: false, timeout: 60_000, stdout: 'ignore', stderr: 'pipe',
    },
  ],
});

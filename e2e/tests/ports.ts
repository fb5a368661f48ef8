// Ports of the three test servers (see playwright.config.ts).
export const PORT = Number(process.env.E2E_PORT ?? 8091);
export const SUBPATH_PORT = PORT + 1;
export const NGINX_PORT = PORT + 2;

// The start screen in index.html (the app's header and token form as plain HTML) is usable before the
// WebAssembly app is up; src/start_screen.rs hands it over to the app. This runs before the page is
// drawn: the first paint has the saved theme, and a press of Connect or Try demo data is kept for the
// app instead of being lost. Storage keys: src/theme.rs and src/session_store.rs (a host test in
// src/start_screen.rs checks this script reads those).
(() => {
  'use strict';
  const root = document.documentElement;
  const stored = (storage, key) => {
    try {
      return window[storage].getItem(key);
    } catch {
      return null; // storage blocked: nothing saved
    }
  };
  const saved = stored('localStorage', 'incident-viewer.theme');
  const theme = saved === 'light' || saved === 'dark' ? saved : null; // anything else: the system's
  if (theme) root.setAttribute('data-theme', theme);
  // Without WebAssembly (turned off by a policy or a hardening setting) the app cannot run: say so.
  const noWasm = typeof WebAssembly !== 'object';
  // A connection remembered for this tab opens on the list: the token form would only flash by.
  if (!noWasm && stored('sessionStorage', 'incident-viewer.connection') !== null) return;
  root.setAttribute('data-start', noWasm ? 'failed' : 'shown');

  const onStartScreen = (element) => element?.closest?.('[data-start-screen]');
  const waiting = () => root.getAttribute('data-start') === 'shown'; // not failed, not taken over
  const keep = (press) => {
    root.setAttribute('data-start-pending', press);
    const status = document.getElementById('start-screen-status');
    if (status) status.textContent = 'Starting the app…';
  };
  document.addEventListener('submit', (event) => {
    if (!onStartScreen(event.target)) return;
    event.preventDefault(); // never a real submission (the CSP refuses it anyway)
    if (waiting()) keep('submit');
  });
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('button[type="button"]');
    if (waiting() && onStartScreen(button)) keep(button.textContent.trim());
  });
  // The theme picked here shows at once (the app stores it when it takes over).
  document.addEventListener('change', (event) => {
    const select = event.target;
    if (select.id !== 'theme' || !waiting() || !onStartScreen(select)) return;
    if (select.value === 'light' || select.value === 'dark') root.setAttribute('data-theme', select.value);
    else root.removeAttribute('data-theme');
  });
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.getElementById('start-screen-status');
    if (noWasm && status) status.textContent = 'This browser runs no WebAssembly (a policy or a security setting may have turned it off). Incident Viewer needs it.';
    const select = document.getElementById('theme');
    if (select && theme) select.value = theme;
  });
})();

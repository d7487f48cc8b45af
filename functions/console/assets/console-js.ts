/**
 * The console's only script, served by the function (CSP `script-src 'self'`). Everything works without it;
 * it adds one convenience: while a posting's page shows a board status `pending`, the boards section is
 * re-read every 1.5 s (for up to two minutes) and swapped in place, and the change is announced after the
 * request's notice.
 */
export const CONSOLE_JS = `
(function () {
  'use strict';
  var section = document.getElementById('boards');
  if (!section || !window.fetch || !window.DOMParser) return;
  var started = Date.now();
  function pending(root) { return root.querySelector('[data-board-status="pending"]') !== null; }
  function tick() {
    if (!pending(section) || Date.now() - started > 120000) return;
    fetch(window.location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        if (!text) return;
        var next = new DOMParser().parseFromString(text, 'text/html').getElementById('boards');
        if (!next) return;
        var focused = document.activeElement && document.activeElement.id;
        section.innerHTML = next.innerHTML;
        if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
        if (!pending(section)) {
          var status = document.getElementById('status');
          // a line after the request's notice, not in its place: what was requested stays on the page
          if (status && !document.getElementById('status-updated')) {
            var line = document.createElement('p');
            line.id = 'status-updated';
            line.className = 'notice';
            line.textContent = 'Board statuses updated.';
            status.appendChild(line);
          }
        }
      })
      .catch(function () {})
      .then(function () { setTimeout(tick, 1500); });
  }
  setTimeout(tick, 1500);
})();
`;

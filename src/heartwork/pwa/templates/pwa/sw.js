/* Heartwork's service worker: the app shell and a calm offline page, never a private page;
 * and, where a person turned them on, notifications that say only that something waits.
 *
 * It stores only the fixed list below (static files and the offline page, the same for
 * everyone) when it installs, and never stores anything else: no page, no API answer,
 * nothing a person or their partner wrote. Pages always come from the server; only when
 * the server can't be reached does the offline page show instead.
 */
"use strict";
const CACHE = "{{ cache }}";
const SHELL = {{ shell|safe }};
const OFFLINE = {{ offline|safe }};
const STATIC = {{ static|safe }};
const NEUTRAL_TITLE = {{ neutral_title|safe }};
const ICON = {{ icon|safe }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { credentials: "omit" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") { return; }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
    return;
  }
  if (url.pathname.startsWith(STATIC)) {
    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
  }
});

/* A push carries no words (push/sending.py): only its kind, the page to open and whether
 * the person hides the app's name. The words are these, the same for everyone. */
self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (error) { data = {}; }
  const neutral = data.neutral === true;
  const open = typeof data.open === "string" && /^\/(?!\/)/.test(data.open) ? data.open : "/";
  const title = neutral ? NEUTRAL_TITLE : "Heartwork";
  const options = {
    body: neutral ? "Something is waiting for you." : "Something is waiting for you in Heartwork.",
    tag: "heartwork-reminder",
    data: { open: open },
  };
  if (!neutral) { options.icon = ICON; }
  event.waitUntil(self.registration.showNotification(title, options));
});

/* A tap opens the page the reminder is about: in a Heartwork window already open on it,
 * or in a new one. Only pages of this site. */
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = (event.notification.data && event.notification.data.open) || "/";
  const url = new URL(path, self.location.origin);
  if (url.origin !== self.location.origin) { return; }
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const same = windows.find((client) => client.url === url.href);
      return same ? same.focus() : self.clients.openWindow(url.href);
    })
  );
});

/* Quick exit: leave Heartwork at once, sign out, and make "back" leave again.
 *
 * The button (a form that works without JavaScript, see safety/quick_exit.py), Escape
 * pressed twice, or Shift pressed three times on its own:
 *   1. the page is blanked at once (hidden, and the tab's title made neutral);
 *   2. the server is told to end the session, by a beacon that outlives the page (the
 *      server keeps it if the person chose "just leave", and believes only our own pages);
 *   3. this history entry is replaced by the neutral site.
 * Earlier Heartwork pages may still be in this tab's history, so the exit is remembered
 * in sessionStorage (this tab only); if one of them is reached with back/forward, it
 * blanks and leaves at once, before it is drawn. Opening Heartwork anew clears the mark.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var exitUrl = script && script.getAttribute("data-exit-url");
  if (!exitUrl) { return; }
  var endUrl = script.getAttribute("data-end-url");
  var neutralTitle = script.getAttribute("data-neutral-title") || "";
  var KEY = "heartwork-exited";
  var WINDOW_MS = 1200; // the presses of one shortcut come within this time

  function blank() {
    document.documentElement.style.visibility = "hidden";
    try { document.title = neutralTitle; } catch (e) { /* no title to change */ }
  }

  function endSession() {
    if (!endUrl) { return; }
    var body = new FormData();
    body.append("beacon", "1");
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(endUrl, body)) { return; }
    } catch (e) { /* fall back to fetch */ }
    try {
      fetch(endUrl, { method: "POST", body: body, keepalive: true, credentials: "same-origin" });
    } catch (e) { /* the neutral site comes first; the session ends when it expires */ }
  }

  var leaving = false;
  function leave(signOut) {
    blank();
    try { sessionStorage.setItem(KEY, "1"); } catch (e) { /* storage may be off */ }
    if (leaving) { return; }
    leaving = true;
    if (signOut) { endSession(); }
    window.location.replace(exitUrl);
  }

  function cameBack() {
    var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    return nav ? nav.type === "back_forward" : false;
  }

  var exited = false;
  try { exited = sessionStorage.getItem(KEY) === "1"; } catch (e) { exited = false; }
  if (exited && cameBack()) {
    leave(true);
    return;
  }
  try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing to clear */ }

  window.addEventListener("pageshow", function (event) {
    var again = false;
    try { again = sessionStorage.getItem(KEY) === "1"; } catch (e) { again = false; }
    if (event.persisted && again) { leaving = false; leave(true); }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.classList && form.classList.contains("quick-exit-form")) {
      event.preventDefault();
      leave(true);
    }
  }, true);

  // Escape twice, or Shift three times on its own; any other key starts the count again.
  var last = "";
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.repeat) { return; }
    var key = event.key;
    var alone = key === "Shift" && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (key !== "Escape" && !alone) { last = ""; presses = []; return; }
    var now = Date.now();
    if (key !== last) { presses = []; }
    last = key;
    presses = presses.filter(function (t) { return now - t < WINDOW_MS; });
    presses.push(now);
    if ((key === "Escape" && presses.length >= 2) || (key === "Shift" && presses.length >= 3)) {
      event.preventDefault();
      leave(true);
    }
  }, true);
})();

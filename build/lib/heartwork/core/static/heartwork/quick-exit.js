/* Quick exit: leave Heartwork at once, and make "back" leave again.
 *
 * A click replaces the current history entry with a neutral site. Earlier Heartwork
 * pages may still be in this tab's history, so we remember the exit in sessionStorage
 * (this tab only); if one of them is reached with back/forward, it leaves at once,
 * before it is drawn. Opening Heartwork anew (typing its address) clears the mark.
 * Pressing Escape three times quickly also exits.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var exitUrl = script && script.getAttribute("data-exit-url");
  if (!exitUrl) { return; }
  var KEY = "heartwork-exited";

  function leave() {
    try { sessionStorage.setItem(KEY, "1"); } catch (e) { /* storage may be off */ }
    document.documentElement.style.visibility = "hidden";
    window.location.replace(exitUrl);
  }

  function cameBack() {
    var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    return nav ? nav.type === "back_forward" : false;
  }

  var exited = false;
  try { exited = sessionStorage.getItem(KEY) === "1"; } catch (e) { exited = false; }
  if (exited && cameBack()) {
    leave();
    return;
  }
  try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing to clear */ }

  window.addEventListener("pageshow", function (event) {
    var again = false;
    try { again = sessionStorage.getItem(KEY) === "1"; } catch (e) { again = false; }
    if (event.persisted && again) { leave(); }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#quick-exit");
    if (link) {
      event.preventDefault();
      leave();
    }
  });

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1500; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
})();

/* Passkeys, where the browser offers them.
 *
 * Parts marked data-passkey stay hidden unless this browser can use passkeys; parts
 * marked data-no-passkey say so otherwise, so nobody meets a button that cannot work.
 * allauth's passkey scripts (named in this tag's data-scripts) are fetched only in such a
 * browser, and only after the page has loaded, so they never slow the page down (the
 * log-in page above all); then the forms described in the page's
 * <script type="application/json" data-allauth-onload> blocks are set up, as allauth's
 * own onload.js would have done, and the passkey parts appear.
 * When the browser refuses or the person cancels, allauth's code raises "allauth.error";
 * we show a plain sentence instead of a silent console message. */
(function () {
  "use strict";
  var me = document.currentScript;
  var supported = !!(window.PublicKeyCredential && navigator.credentials && window.isSecureContext);

  function show(selector, on) {
    document.querySelectorAll(selector).forEach(function (el) { el.hidden = !on; });
  }

  function load(urls, done) {
    if (!urls.length) { done(); return; }
    var script = document.createElement("script");
    script.src = urls[0];
    script.onload = function () { load(urls.slice(1), done); };
    script.onerror = function () { show("[data-no-passkey]", true); };
    document.body.appendChild(script);
  }

  function setUpForms() {
    document.querySelectorAll("script[data-allauth-onload]").forEach(function (block) {
      var name = block.getAttribute("data-allauth-onload");
      if (name.indexOf("allauth.") !== 0) { return; }
      var setUp = name.split(".").reduce(function (at, part) { return at && at[part]; }, window);
      if (typeof setUp === "function") { setUp(JSON.parse(block.textContent)); }
    });
    show("[data-passkey]", true);
  }

  function explain(error) {
    var name = error && error.name;
    if (name === "NotAllowedError" || name === "AbortError") {
      return "The passkey request was cancelled or timed out. You can try again whenever you're ready.";
    }
    if (name === "InvalidStateError") {
      return "This device already keeps a passkey for your account, so there's nothing to add.";
    }
    if (name === "SecurityError") {
      return "Passkeys only work when Heartwork is opened by its name over a secure connection (https), not by a number address. Ask the person who runs it, or use your password and code instead.";
    }
    return "Your browser couldn't use a passkey just now. Please try again, or sign in another way.";
  }

  if (!supported) { return; }
  document.addEventListener("DOMContentLoaded", function () { show("[data-no-passkey]", false); });
  window.addEventListener("load", function () {
    var urls = ((me && me.getAttribute("data-scripts")) || "").split(" ").filter(Boolean);
    load(urls, setUpForms);
  });
  document.addEventListener("allauth.error", function (event) {
    var box = document.getElementById("passkey-error");
    if (!box) { return; }
    event.preventDefault();
    box.textContent = explain(event.detail && event.detail.exception);
    box.hidden = false;
    box.focus();
  });
})();

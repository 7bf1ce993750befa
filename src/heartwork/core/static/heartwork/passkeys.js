/* Passkeys, where the browser offers them. Parts marked data-passkey stay hidden unless
 * this browser can use passkeys (and parts marked data-no-passkey say so otherwise), so
 * nobody meets a button that cannot work. When the browser refuses or the person
 * cancels, allauth's code raises "allauth.error"; we show a plain sentence instead of a
 * silent console message. */
(function () {
  "use strict";
  var supported = !!(window.PublicKeyCredential && navigator.credentials && window.isSecureContext);

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

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-passkey]").forEach(function (el) { el.hidden = !supported; });
    document.querySelectorAll("[data-no-passkey]").forEach(function (el) { el.hidden = supported; });
  });

  document.addEventListener("allauth.error", function (event) {
    var box = document.getElementById("passkey-error");
    if (!box) { return; }
    event.preventDefault();
    box.textContent = explain(event.detail && event.detail.exception);
    box.hidden = false;
    box.focus && box.focus();
  });
})();

/* The Settings page's switch for notifications on this device (push/_settings.html).
 *
 * Turning on asks the browser for a push subscription made for this server's public key
 * (the service worker, /sw.js, shows what arrives) and posts it to the server, for the
 * signed-in person only. Turning off tells the server to forget it, then drops it. The
 * page knows whether this device is on by comparing its endpoint's SHA-256 with the
 * person's own list, so the endpoint is never sent just to ask. Without script, the page
 * says notifications need it; "off on every device" is a plain form.
 */
(function () {
  "use strict";
  var box = document.querySelector("[data-push]");
  if (!box) { return; }
  var status = box.querySelector("[data-push-status]");
  var button = box.querySelector("[data-push-toggle]");
  var token = box.querySelector("input[name=csrfmiddlewaretoken]").value;
  var known = (box.getAttribute("data-devices") || "").split(" ").filter(Boolean);
  var on = false;

  function say(text) { status.textContent = text; }

  if (!window.isSecureContext || !("serviceWorker" in navigator) || !("PushManager" in window) ||
      !("Notification" in window)) {
    say("This browser can't show notifications from Heartwork here. " +
        "Reminders by email and on your Today page still work.");
    return;
  }

  function keyBytes(text) {
    var base64 = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = window.atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  function digest(text) {
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then(function (buffer) {
      return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
    });
  }

  function post(url, fields) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": token },
      body: new URLSearchParams(fields)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          throw new Error(body.error || "That didn't work. Please reload the page and try again.");
        }
        return body;
      });
    });
  }

  function show(isOn) {
    on = isOn;
    say(isOn ? "Notifications are on for this device." : "Notifications are off for this device.");
    button.textContent = isOn ? "Turn off notifications here" : "Turn on notifications here";
    button.classList.toggle("secondary", isOn);
    button.hidden = false;
    button.disabled = false;
  }

  // The worker registers on every page (pwa/install.js); if it can't, say so in a while.
  function registration() {
    return Promise.race([navigator.serviceWorker.ready, new Promise(function (resolve, reject) {
      window.setTimeout(function () {
        reject(new Error("Notifications can't start in this browser right now. Reminders by " +
                         "email and on your Today page still work."));
      }, 10000);
    })]);
  }

  function turnOn() {
    return Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") {
        throw new Error("This browser isn't allowing notifications from Heartwork. You can " +
                        "allow them in the browser's site settings, then try again.");
      }
      return registration();
    }).then(function (reg) {
      // A subscription made for another key (or forgotten by the server) is replaced.
      return reg.pushManager.getSubscription().then(function (old) {
        return old ? old.unsubscribe() : null;
      }).then(function () {
        return reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(box.getAttribute("data-key"))
        });
      });
    }).then(function (subscription) {
      var json = subscription.toJSON();
      return post(box.getAttribute("data-on"), {
        endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth
      }).catch(function (error) {
        return subscription.unsubscribe().then(function () { throw error; });
      });
    }).then(function () { show(true); });
  }

  function turnOff() {
    return registration().then(function (reg) {
      return reg.pushManager.getSubscription();
    }).then(function (subscription) {
      if (!subscription) { return null; }
      return post(box.getAttribute("data-off"), { endpoint: subscription.endpoint }).then(function () {
        return subscription.unsubscribe();
      });
    }).then(function () { show(false); });
  }

  button.addEventListener("click", function () {
    button.disabled = true;
    say(on ? "Turning notifications off…" : "Turning notifications on…");
    var wasOn = on;
    (wasOn ? turnOff() : turnOn()).catch(function (error) {
      show(wasOn);
      say(error.message || "That didn't work. Please try again.");
    });
  });

  if (Notification.permission === "denied") {
    say("Notifications from Heartwork are blocked in this browser. You can allow them in the " +
        "browser's site settings.");
  } else {
    say("Checking this device…");
  }
  registration().then(function (reg) {
    return reg.pushManager.getSubscription();
  }).then(function (subscription) {
    if (!subscription) { return false; }
    return digest(subscription.endpoint).then(function (hex) { return known.indexOf(hex) !== -1; });
  }).then(function (isOn) {
    if (Notification.permission === "denied" && !isOn) {
      button.hidden = true;
      return;
    }
    show(isOn);
  }).catch(function (error) { say(error.message); });
})();

/* A time zone nobody has chosen yet starts as the browser's own.
 *
 * A <select data-browser-zone> is one whose saved value is only the server's default
 * (UTC). If the browser's zone is among its options it is selected, so saving the form
 * keeps it; without JavaScript the select keeps the server's default, to change by hand.
 */
(function () {
  "use strict";
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }
  var selects = document.querySelectorAll("select[data-browser-zone]");
  for (var i = 0; i < selects.length; i++) {
    var select = selects[i];
    for (var j = 0; j < select.options.length; j++) {
      if (select.options[j].value === zone) { select.value = zone; break; }
    }
  }
})();

/*
 * Lambeth carers chat widget: the one script a page embeds.
 *
 *   <script src="https://<web app>/widget/carers-chat.js" data-bot-url="https://<bot server>" defer></script>
 *
 * Optional: data-exit-url="https://..." — where "Leave this site quickly" goes
 * (default: BBC Weather, a page nobody would question).
 *
 * This file stays a classic script so that a plain script tag works; it loads the
 * widget's modules from the same folder it was loaded from.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__lambethCarersChat) return; // once per page, even if embedded twice
  window.__lambethCarersChat = true;

  var base = new URL("./", script.src).href;
  var options = {
    base: base,
    botUrl: script.getAttribute("data-bot-url") || "",
    exitUrl: script.getAttribute("data-exit-url") || "",
  };

  function start() {
    import(base + "main.js")
      .then(function (module) { return module.start(options); })
      .catch(function (error) { console.error("Carers chat could not start:", error); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

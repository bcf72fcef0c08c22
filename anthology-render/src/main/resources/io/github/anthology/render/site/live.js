(function () {
  "use strict";
  var shown = document.querySelector('meta[name="anthology-build"]').content;
  function check() {
    fetch("/__anthology/build", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (build) {
      if (build.trim() !== shown) {
        location.reload();
      }
    }).catch(function () {}).then(function () { setTimeout(check, 400); });
  }
  setTimeout(check, 400);
})();

(function () {
  "use strict";
  // Runs under a Content-Security-Policy that names this script's hash: edit it and the hash follows.
  function each(nodes, fn) { Array.prototype.forEach.call(nodes, fn); }

  // Sortable tables: a heading with data-sort="key" sorts the rows by their data-key attribute.
  each(document.querySelectorAll("table.sortable"), function (table) {
    each(table.querySelectorAll("th[data-sort]"), function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var key = "data-" + th.getAttribute("data-sort");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var descending = th.getAttribute("aria-sort") === "ascending";
        rows.sort(function (a, b) {
          var x = a.getAttribute(key) || "", y = b.getAttribute(key) || "";
          var nx = parseFloat(x), ny = parseFloat(y);
          var order = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        each(table.querySelectorAll("th[data-sort]"), function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      });
    });
  });

  // Hover: a marked piece of text lights up its facts in the list, and a fact its pieces of text.
  function light(ids, on) {
    ids.forEach(function (id) {
      if (!/^[A-Za-z0-9-]+$/.test(id)) { return; }
      each(document.querySelectorAll('[data-facts~="' + id + '"], [data-fact="' + id + '"]'), function (node) {
        node.classList.toggle("hot", on);
      });
    });
  }
  each(document.querySelectorAll("[data-facts]"), function (node) {
    var ids = node.getAttribute("data-facts").split(" ");
    node.addEventListener("mouseenter", function () { light(ids, true); });
    node.addEventListener("mouseleave", function () { light(ids, false); });
  });
  each(document.querySelectorAll("li[data-fact]"), function (item) {
    var ids = [item.getAttribute("data-fact")];
    item.addEventListener("mouseenter", function () { light(ids, true); });
    item.addEventListener("mouseleave", function () { light(ids, false); });
    item.addEventListener("click", function () {
      var first = document.querySelector('[data-facts~="' + ids[0] + '"]');
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    });
  });

  document.documentElement.setAttribute("data-ready", "1");
}());

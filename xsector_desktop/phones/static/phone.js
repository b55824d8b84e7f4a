/* The phone page: plain ES5 and XMLHttpRequest, so that old phones run it. Everything a person
   or the workshop supplies is put in with textContent, never as markup. */
(function () {
  "use strict";
  var api = location.pathname.replace(/\/?$/, "/") + "api/";
  var state = null;
  var shownCard = null;
  var chosenType = null;
  var sending = false;
  var epoch = 0;  /* grows with each answer to this phone's own action; older polls are stale */
  var KEPT = "xsector-phone-language";
  var lang = remembered();  /* "" until the server has chosen from the browser's language */
  var words = {};
  var languages = [];

  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  /* The page's own words: from the table the app serves for this phone's language. */
  function t(key, values) {
    var text = words.hasOwnProperty(key) ? words[key] : key;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values.hasOwnProperty(name) ? String(values[name]) : whole;
    });
  }

  function remembered() {
    try { return window.localStorage.getItem(KEPT) || ""; } catch (e) { return ""; }
  }

  function remember(value) {
    try { window.localStorage.setItem(KEPT, value); } catch (e) { /* private mode: this visit only */ }
  }

  function applyWords() {
    document.documentElement.lang = lang;
    var nodes = document.querySelectorAll("[data-w]");
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = t(nodes[i].getAttribute("data-w")); }
    nodes = document.querySelectorAll("[data-w-label]");
    for (var j = 0; j < nodes.length; j++) {
      nodes[j].setAttribute("aria-label", t(nodes[j].getAttribute("data-w-label")));
    }
    var other = otherLanguage();
    var button = $("lang");
    button.hidden = !other;
    button.textContent = t("language.switch");
    button.setAttribute("aria-label", t("language.switch.label"));
    if (other) { button.setAttribute("lang", other); }
  }

  function otherLanguage() {
    for (var i = 0; i < languages.length; i++) {
      if (languages[i] !== lang) { return languages[i]; }
    }
    return "";
  }

  function loadWords(done) {
    request("GET", "words", null, function (status, data) {
      if (status === 200 && data && data.words) {
        lang = data.language;
        languages = data.languages;
        words = data.words;
        applyWords();
        done();
      } else {
        $("status").textContent = problem(status, data);
        setTimeout(function () { loadWords(done); }, status === 429 ? 3000 : 1500);
      }
    });
  }

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    if (lang) { path += (path.indexOf("?") < 0 ? "?" : "&") + "lang=" + encodeURIComponent(lang); }
    xhr.open(method, api + path, true);
    xhr.setRequestHeader("X-Xsector", "phone");
    if (body !== null) { xhr.setRequestHeader("Content-Type", "application/json"); }
    xhr.timeout = 30000;
    xhr.onload = function () {
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data);
    };
    xhr.onerror = xhr.ontimeout = function () { done(0, null); };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  function problem(status, data) {
    if (data && data.error && words.hasOwnProperty("error." + data.error)) {
      return t("error." + data.error);
    }
    if (data && data.message) { return data.message; }
    if (status === 0) { return t("problem.offline"); }
    return t("problem.other");
  }

  function poll() {
    var since = state ? "?since=" + state.version : "";
    var asked = epoch;
    request("GET", "state" + since, null, function (status, data) {
      if (asked !== epoch) {
        setTimeout(poll, 0);  /* sent before this phone joined or voted: ask again */
      } else if (status === 200 && data) {
        $("status").textContent = "";
        render(data);
        setTimeout(poll, 50);
      } else {
        $("status").textContent = problem(status, data);
        setTimeout(poll, status === 429 ? 3000 : 1500);
      }
    });
  }

  function render(next) {
    var previous = state;
    state = next;
    $("partnership").textContent = next.partnership;
    show("loading", false);
    if (!next.me) {
      show("card", false); show("waiting", false); show("join", true);
      renderJoin(next);
      return;
    }
    show("join", false);
    var who = next.me.name ? t("me.named", { name: next.me.name }) : t("me.anonymous", { n: next.me.voter });
    if (!next.card) {
      show("card", false); show("waiting", true);
      $("waiting-me").textContent = who;
      shownCard = null;
      return;
    }
    show("waiting", false); show("card", true);
    $("me").textContent = who;
    var key = next.card.key + "/" + next.round + "/" + next.language;
    if (key !== shownCard) {
      renderCard(next.card);
      chosenType = next.mine ? next.mine.type : null;
      $("vote-status").textContent = "";
      $("propose-status").textContent = "";
      shownCard = key;
    }
    $("round").textContent = t(next.revealed ? "card.roundRevealed" : "card.round", { n: next.round });
    renderTypes(next.card);
    renderScale(next);
    renderResult(next);
    if (previous && previous.accepting && !next.accepting) {
      $("vote-status").textContent = t("vote.closed");
    }
  }

  function renderJoin(s) {
    show("join-names", !s.codeOnly && !s.anonymous);
    show("join-code", s.codeOnly);
    show("join-anonymous", s.anonymous);
    var list = $("names");
    clear(list);
    for (var i = 0; i < s.roster.length; i++) {
      var person = s.roster[i];
      var item = el("li");
      var button = el("button", person.name + (person.taken ? " " + t("join.taken") : ""));
      button.type = "button";
      button.disabled = person.taken;
      button.setAttribute("data-id", person.id);
      button.onclick = joinAs;
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  function joined(status, data) {
    epoch += 1;
    if (status === 200 && data) { $("status").textContent = ""; render(data); }
    else { $("status").textContent = problem(status, data); }
  }

  function joinAs(event) {
    var id = parseInt(event.currentTarget.getAttribute("data-id"), 10);
    request("POST", "join", { participant: id }, joined);
  }

  function renderCard(card) {
    $("card-title").textContent = card.title;
    $("card-definition").textContent = card.definition;
    $("card-question").textContent = card.question;
    var types = $("card-types");
    clear(types);
    for (var i = 0; i < card.types.length; i++) {
      var box = el("div", null, "type");
      box.appendChild(el("h3", t("card.proposedType", { name: card.types[i].name })));
      var list = el("ul");
      for (var j = 0; j < card.types[i].characteristics.length; j++) {
        list.appendChild(el("li", card.types[i].characteristics[j]));
      }
      box.appendChild(list);
      types.appendChild(box);
    }
  }

  function renderTypes(card) {
    var several = card.types.length > 1;
    show("type-choice", several);
    var box = $("type-options");
    clear(box);
    if (!several) { return; }
    for (var i = 0; i < card.types.length; i++) {
      /* The vote records the type by its name in the workshop's deck (id), whatever is shown. */
      var id = card.types[i].id;
      var button = el("button", card.types[i].name);
      button.type = "button";
      button.setAttribute("aria-pressed", id === chosenType ? "true" : "false");
      button.disabled = !state.accepting;
      button.setAttribute("data-type", id);
      button.onclick = chooseType;
      box.appendChild(button);
    }
  }

  function chooseType(event) {
    var name = event.currentTarget.getAttribute("data-type");
    chosenType = chosenType === name ? null : name;
    renderTypes(state.card);
    if (state.mine) { vote(state.mine.value); }
  }

  function renderScale(s) {
    var box = $("scale");
    clear(box);
    for (var i = 0; i < s.scale.length; i++) {
      var point = s.scale[i];
      var button = el("button");
      button.type = "button";
      button.appendChild(el("span", point.value, "value"));
      button.appendChild(document.createTextNode(" " + point.label));
      button.setAttribute("aria-pressed", s.mine && s.mine.value === point.value ? "true" : "false");
      button.setAttribute("data-value", point.value);
      button.disabled = !s.accepting;
      button.onclick = voteClicked;
      box.appendChild(button);
    }
  }

  function label(value) {
    for (var i = 0; i < state.scale.length; i++) {
      if (state.scale[i].value === value) { return value + " " + state.scale[i].label; }
    }
    return String(value);
  }

  function typeName(id) {
    for (var i = 0; state.card && i < state.card.types.length; i++) {
      if (state.card.types[i].id === id) { return state.card.types[i].name; }
    }
    return id;
  }

  function voteClicked(event) { vote(parseInt(event.currentTarget.getAttribute("data-value"), 10)); }

  function vote(value) {
    if (sending) { return; }
    sending = true;
    $("vote-status").textContent = t("vote.sending");
    var body = { card: state.card.key, round: state.round, value: value, type: chosenType };
    request("POST", "vote", body, function (status, data) {
      sending = false;
      epoch += 1;
      if (status === 200 && data) {
        render(data);
        var mine = data.mine ? label(data.mine.value) : label(value);
        var type = data.mine && data.mine.type ? " (" + typeName(data.mine.type) + ")" : "";
        $("vote-status").textContent = t("vote.in", { vote: mine + type });
      } else {
        $("vote-status").textContent = t("vote.notCounted", { problem: problem(status, data) });
      }
    });
  }

  function renderResult(s) {
    show("result", !!s.result);
    var list = $("result-list");
    clear(list);
    if (!s.result) { return; }
    var most = 1;
    for (var i = 0; i < s.result.length; i++) { most = Math.max(most, s.result[i].count); }
    for (var j = 0; j < s.result.length; j++) {
      var row = s.result[j];
      var item = el("li", row.value + " " + row.label + ": " + row.count);
      var bar = el("span", null, "bar");
      bar.style.width = Math.round(100 * row.count / most) + "%";
      bar.setAttribute("aria-hidden", "true");
      item.appendChild(bar);
      list.appendChild(item);
    }
  }

  $("join-code").onsubmit = function (event) {
    event.preventDefault();
    request("POST", "join", { code: $("code").value }, joined);
  };
  $("join-anon").onclick = function () { request("POST", "join", {}, joined); };
  $("propose").onsubmit = function (event) {
    event.preventDefault();
    var text = $("proposal").value;
    $("propose-status").textContent = t("vote.sending");
    request("POST", "propose", { card: state.card.key, text: text }, function (status, data) {
      if (status === 200) {
        $("proposal").value = "";
        $("propose-status").textContent = t("propose.in");
      } else {
        $("propose-status").textContent = t("propose.notSent", { problem: problem(status, data) });
      }
    });
  };
  $("lang").onclick = function () {
    var next = otherLanguage();
    if (!next) { return; }
    lang = next;
    remember(next);
    loadWords(function () {
      /* Ask for the room again in the new language; a long poll already out is now stale. */
      request("GET", "state", null, joined);
    });
  };
  loadWords(poll);
}());

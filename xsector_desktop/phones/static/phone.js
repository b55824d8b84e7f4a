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

  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
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
    if (data && data.message) { return data.message; }
    if (status === 0) { return "No connection to the room. Trying again…"; }
    return "Something went wrong. Try again.";
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
    var who = next.me.name ? "Voting as " + next.me.name : "Anonymous voter " + next.me.voter;
    if (!next.card) {
      show("card", false); show("waiting", true);
      $("waiting-me").textContent = who;
      shownCard = null;
      return;
    }
    show("waiting", false); show("card", true);
    $("me").textContent = who;
    var key = next.card.key + "/" + next.round;
    if (key !== shownCard) {
      renderCard(next.card);
      chosenType = next.mine ? next.mine.type : null;
      $("vote-status").textContent = "";
      $("propose-status").textContent = "";
      shownCard = key;
    }
    $("round").textContent = "Round " + next.round + (next.revealed ? " (revealed)" : "");
    renderTypes(next.card);
    renderScale(next);
    renderResult(next);
    if (previous && previous.accepting && !next.accepting) {
      $("vote-status").textContent = "Voting is closed: the votes are revealed.";
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
      var button = el("button", person.name + (person.taken ? " (taken)" : ""));
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
      box.appendChild(el("h3", "Proposed type: " + card.types[i].name));
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
      var name = card.types[i].name;
      var button = el("button", name);
      button.type = "button";
      button.setAttribute("aria-pressed", name === chosenType ? "true" : "false");
      button.disabled = !state.accepting;
      button.setAttribute("data-type", name);
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

  function voteClicked(event) { vote(parseInt(event.currentTarget.getAttribute("data-value"), 10)); }

  function vote(value) {
    if (sending) { return; }
    sending = true;
    $("vote-status").textContent = "Sending…";
    var body = { card: state.card.key, round: state.round, value: value, type: chosenType };
    request("POST", "vote", body, function (status, data) {
      sending = false;
      epoch += 1;
      if (status === 200 && data) {
        render(data);
        var mine = data.mine ? label(data.mine.value) : label(value);
        var type = data.mine && data.mine.type ? " (" + data.mine.type + ")" : "";
        $("vote-status").textContent = "Your vote is in: " + mine + type + ". You can change it until the reveal.";
      } else {
        $("vote-status").textContent = "Not counted: " + problem(status, data);
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
    $("propose-status").textContent = "Sending…";
    request("POST", "propose", { card: state.card.key, text: text }, function (status, data) {
      if (status === 200) {
        $("proposal").value = "";
        $("propose-status").textContent = "Your proposal is in. Thank you.";
      } else {
        $("propose-status").textContent = "Not sent: " + problem(status, data);
      }
    });
  };
  poll();
}());

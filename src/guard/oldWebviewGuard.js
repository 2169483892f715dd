// 會議列管 old-webview guard: inlined into every page before any bundle (webpack.config.js wraps this
// function expression and calls it with the page's name). Office 2016/2019 volume-licensed editions run
// add-ins in Trident (IE11) and retail ones without WebView2 in EdgeHTML; neither can parse the ES2022
// bundles, so without this the pane would say 「載入中…」 forever and the ribbon command would never
// complete. Following Microsoft's "Support older Microsoft webviews and Office versions", it reads the user
// agent and, only in those webviews, tells the user (zh-TW and English) what to do instead.
// ES5 ONLY (test/guard/oldWebviewGuard.test.ts parses it as ES5): no let/const, arrows, templates, or
// anything IE11 lacks (URLSearchParams, Element.append, String.prototype.includes).
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- webpack wraps and calls this expression
(function (window, document, page) {
  var FLAG = "__minutesTrackerOldWebview";
  var ua = (window.navigator && window.navigator.userAgent) || "";
  // Trident puts "Trident/7.0" in the user agent; EdgeHTML "Edge/18…". Chromium Edge says "Edg/", which
  // is not matched: it runs the bundles.
  var engine = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 ? "trident" : /\bEdge\/\d/.test(ua) ? "edgehtml" : null;
  if (engine === null) return;

  // the bundles read this and stay out of the way (src/guard/webviewFlag.ts)
  window[FLAG] = engine;
  // The bundles still load in a real Trident/EdgeHTML and fail to parse there; their SyntaxErrors are
  // expected, and a script-error prompt on top of this message would only confuse the user.
  window.onerror = function () {
    return true;
  };

  var here = window.location.href.split("#")[0].split("?")[0];
  var standalone = here.substring(0, here.lastIndexOf("/") + 1) + "taskpane.html";
  var TITLE = "會議列管無法在此版本的 Office 執行 · Minutes Tracker cannot run in this version of Office";
  var ZH = [
    "此 Office 以舊版瀏覽器元件（" + (engine === "trident" ? "Internet Explorer 11" : "舊版 Microsoft Edge") + "）執行增益集，會議列管需要較新的元件。您可以：",
    "・改用 Microsoft 365 版（或 Office 2021 以後版本）的 Excel；",
    "・在 Excel 網頁版（以瀏覽器開啟 office.com）開啟此活頁簿使用會議列管；",
    "・以新版瀏覽器（Edge、Chrome、Firefox）開啟本增益集的獨立頁面（資料存在該瀏覽器中）：" + standalone
  ];
  var EN = [
    "This Office runs add-ins in an old browser component (" + (engine === "trident" ? "Internet Explorer 11" : "Microsoft Edge Legacy") + "); Minutes Tracker needs a newer one. You can:",
    "- use Excel from Microsoft 365 (or Office 2021 or later);",
    "- open this workbook in Excel on the web (office.com in a browser) and use Minutes Tracker there;",
    "- open the add-in's standalone page in a current browser (Edge, Chrome, Firefox; data stays in that browser): " + standalone
  ];

  function office() {
    return window.Office;
  }

  function paragraph(parent, text, lang) {
    var p = document.createElement("p");
    if (lang) p.setAttribute("lang", lang);
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }

  /** Replaces the page's content with a title and lines; returns the block for a button, if any. */
  function show(title, lines) {
    var root = document.getElementById("root") || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("id", "old-webview");
    box.style.padding = "12px 16px";
    box.style.fontFamily = "'Segoe UI', 'Microsoft JhengHei', sans-serif";
    var h = document.createElement("h1");
    h.style.fontSize = "16px";
    h.appendChild(document.createTextNode(title));
    box.appendChild(h);
    for (var i = 0; i < lines.length; i++) paragraph(box, lines[i].text, lines[i].lang);
    root.appendChild(box);
    return box;
  }

  function tagged(list, lang) {
    var out = [];
    for (var i = 0; i < list.length; i++) out.push({ text: list[i], lang: lang });
    return out;
  }

  function query(name) {
    var found = [];
    var search = window.location.search.replace(/^\?/, "");
    if (search === "") return found;
    var pairs = search.split("&");
    for (var i = 0; i < pairs.length; i++) {
      var at = pairs[i].indexOf("=");
      var key = at === -1 ? pairs[i] : pairs[i].substring(0, at);
      if (decodeURIComponent(key) !== name) continue;
      found.push(decodeURIComponent((at === -1 ? "" : pairs[i].substring(at + 1)).replace(/\+/g, " ")));
    }
    return found;
  }

  function whenReady(work) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", work);
    else work();
  }

  function noticeUrl() {
    var url = here.substring(0, here.lastIndexOf("/") + 1) + "notice.html?lang=zh-TW&title=" + encodeURIComponent(TITLE);
    var lines = ZH.concat(EN);
    for (var i = 0; i < lines.length; i++) url += "&m=" + encodeURIComponent(lines[i]);
    return url;
  }

  /**
   * The ribbon's 更新狀態 in an old webview: shows the message in Office's dialog (DialogApi 1.1, which
   * Office 2016 has) and completes the command when it is read, or at once when no dialog opens.
   */
  function updateStatus(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      if (event && typeof event.completed === "function") event.completed();
    }
    var O = office();
    if (!O || !O.context || !O.context.ui || typeof O.context.ui.displayDialogAsync !== "function") return complete();
    try {
      O.context.ui.displayDialogAsync(noticeUrl(), { height: 40, width: 40, displayInIframe: true }, function (result) {
        if (!result || result.status !== "succeeded") return complete();
        var dialog = result.value;
        dialog.addEventHandler("dialogMessageReceived", function () {
          dialog.close();
          complete();
        });
        dialog.addEventHandler("dialogEventReceived", complete);
      });
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (error) {
      complete();
    }
  }

  if (page === "commands") {
    // Older Office calls the manifest's FunctionName as a global; newer Office looks it up in
    // Office.actions. Both point at the guard's handler, since the bundle cannot run here.
    window.updateStatus = updateStatus;
    var O = office();
    if (O && typeof O.onReady === "function") O.onReady();
    if (O && O.actions && typeof O.actions.associate === "function") O.actions.associate("updateStatus", updateStatus);
    return;
  }

  whenReady(function () {
    if (page === "notice") {
      // opened by the guard's updateStatus above: the lines came in the URL, as from the bundle
      var lines = query("m");
      var box = show(query("title")[0] || TITLE, tagged(lines, null));
      var ok = document.createElement("button");
      ok.setAttribute("type", "button");
      ok.appendChild(document.createTextNode("確定 OK"));
      ok.onclick = function () {
        var O = office();
        if (O && O.context && O.context.ui && typeof O.context.ui.messageParent === "function") O.context.ui.messageParent("close");
        else window.close();
      };
      box.appendChild(ok);
      return;
    }
    if (page === "save") {
      // the default browser the pane handed a download to is itself too old; the link (with the file in
      // its fragment) is still in the address bar, so another browser can open it
      show("此瀏覽器太舊，無法儲存檔案 · This browser is too old to save the file", [
        { text: "請複製網址列中的完整連結，以 Edge、Chrome 或 Firefox 開啟。", lang: "zh-TW" },
        { text: "Copy the whole address from the address bar and open it in Edge, Chrome or Firefox.", lang: "en" }
      ]);
      return;
    }
    show(TITLE, tagged(ZH, "zh-TW").concat(tagged(EN, "en")));
  });
})

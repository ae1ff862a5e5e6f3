/**
 * The site's few inline scripts, as the exact text that goes into the page: the
 * Content-Security-Policy allows each by its hash (`allowInlineScript` in security.ts).
 */

/** Root page: marks the language the browser asks for (nothing is redirected). */
export const SUGGEST_LANGUAGE = `(function () {
  var tags = navigator.languages || [navigator.language];
  for (var i = 0; i < tags.length; i++) {
    var p = String(tags[i]).toLowerCase().split('-');
    var l = p[0] === 'zh' && /^(hant|tw|hk|mo)$/.test(p[1] || '') ? '' : p[0];
    var li = document.querySelector('[data-language="' + l + '"]');
    if (li) {
      li.classList.add('is-suggested');
      li.querySelector('.suggested').hidden = false;
      return;
    }
  }
})();`;

/**
 * Quiz and deck pages: hides the no-JavaScript list before it is painted; the island
 * replaces it.
 */
export const TRAINING_JS = `document.documentElement.classList.add('training-js');`;

// Walking a page with the Tab key, as a keyboard user does, and what each stop looks like:
// the order of the stops, whether every control the page shows is among them, and whether
// focus visibly changes each one.

/** The styles that can show focus. */
const FOCUS_STYLES = ["outline-style", "outline-width", "outline-color", "box-shadow", "background-color",
  "color", "text-decoration-line", "border-color", "top"];

/**
 * Marks every control a keyboard user should reach (shown, not disabled, one radio per
 * group) with `data-stop` and records how each looks unfocused. Returns how many.
 */
export async function markControls(page) {
  return page.evaluate((styles) => {
    // Inside a closed <details> an element still has boxes, but no Tab reaches it.
    const shown = (el) => el.checkVisibility({ visibilityProperty: true })
      && !el.closest("[hidden], [inert], details:not([open]) > :not(summary)");
    const controls = [...document.querySelectorAll(
      "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])",
    )].filter((el) => shown(el) && !el.disabled)
      .filter((el) => el.type !== "radio" || el.checked || !el.form?.querySelector(`input[name="${el.name}"]:checked`));
    window.__unfocused = [];
    controls.forEach((el, i) => {
      el.setAttribute("data-stop", String(i));
      const style = getComputedStyle(el);
      window.__unfocused[i] = styles.map((name) => style.getPropertyValue(name)).join("|");
    });
    return controls.length;
  }, FOCUS_STYLES);
}

/**
 * Presses Tab until focus leaves the page or comes round again (at most `limit` times).
 * Returns the stops in order: `{ stop, text, tag, visible }`, `stop` being the control's
 * `data-stop` (null for something unmarked) and `visible` whether its look changed.
 */
export async function tabThrough(page, limit = 400) {
  // Start where a reader who has just arrived starts: before the first element of the body.
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  const stops = [];
  const seen = new Set();
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const now = await page.evaluate((styles) => {
      const el = document.activeElement;
      if (!el || el === document.body) {
        return null;
      }
      const stop = el.getAttribute("data-stop");
      const style = getComputedStyle(el);
      const look = styles.map((name) => style.getPropertyValue(name)).join("|");
      return {
        stop: stop === null ? null : Number(stop),
        text: (el.textContent || el.getAttribute("aria-label") || el.name || "").trim().slice(0, 40),
        tag: el.tagName.toLowerCase(),
        classes: el.className,
        visible: stop === null || look !== window.__unfocused[Number(stop)],
      };
    }, FOCUS_STYLES);
    if (!now || seen.has(now.stop)) {
      break;
    }
    seen.add(now.stop);
    stops.push(now);
  }
  return stops;
}

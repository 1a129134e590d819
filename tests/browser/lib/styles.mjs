// Styles a test adds to a page. The pages forbid inline <style> (Content-Security-Policy
// style-src 'self', DESIGN §11), so a test's own CSS goes in as a constructed style sheet,
// which CSP does not govern, instead of page.addStyleTag.

/** Adds `css` to the page as it is now, after its own style sheets. */
export async function addStyle(page, css) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** The reader's text size at 200%, as a browser's text-size setting makes it. */
export const bigText = (page) => addStyle(page, "html { font-size: 200% !important; }");

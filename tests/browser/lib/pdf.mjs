// Reading the PDFs Chromium prints: how many sheets, and the size of each, so suites can
// prove that a poster or the agreement prints on exactly one sheet of the right paper.

const POINTS_PER_MM = 72 / 25.4;

/** Paper sizes in millimetres, portrait. */
export const PAPER = { A4: [210, 297], A3: [297, 420] };

/**
 * The pages of a PDF as `[{ width, height }]` in millimetres, read from each page object's
 * MediaBox. Chromium writes page objects uncompressed, and its page tree's `/Count` must
 * agree with the pages found, or this throws.
 */
export function pdfPages(buffer) {
  const text = Buffer.from(buffer).toString("latin1");
  const pages = [];
  for (const match of text.matchAll(/\/Type\s*\/Page\b(?!s)/g)) {
    const rest = text.slice(match.index, text.indexOf("endobj", match.index));
    const box = rest.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
    if (!box) {
      throw new Error("a PDF page without a MediaBox");
    }
    pages.push({
      width: (Number(box[3]) - Number(box[1])) / POINTS_PER_MM,
      height: (Number(box[4]) - Number(box[2])) / POINTS_PER_MM,
    });
  }
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[\s\S]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const total = counts.length ? Math.max(...counts) : 0;
  if (total !== pages.length) {
    throw new Error(`the PDF's page tree counts ${total} pages, but ${pages.length} page objects were found`);
  }
  return pages;
}

/** True when a page is `paper` ("A4" or "A3"), portrait (or `landscape`), to within a millimetre. */
export function isPaper(page, paper, landscape = false) {
  const [short, long] = PAPER[paper];
  const [width, height] = landscape ? [long, short] : [short, long];
  return Math.abs(page.width - width) < 1.5 && Math.abs(page.height - height) < 1.5;
}

// The example school branded as a real school would brand it (`[brand]` in config.toml,
// DESIGN §12): a badge of its own drawing (an invented one: a shield with a wave and a
// star) and a school colour, for the brand suite and the getting-started screenshots.
import { example } from "./sites.mjs";

/** The school colour: a deep maroon, AA against every text and background it meets. */
export const COLOUR = "#7a1f3d";

/** An invented badge. */
export const BADGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120">
<path d="M50 4 L94 18 V62 C94 92 72 108 50 116 C28 108 6 92 6 62 V18 Z" fill="${COLOUR}" stroke="#d9a400" stroke-width="5"/>
<path d="M18 74 q8 -10 16 0 t16 0 t16 0 t16 0" fill="none" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>
<path d="M50 22 l6 16 h17 l-14 10 l5 16 l-14 -10 l-14 10 l5 -16 l-14 -10 h17 z" fill="#d9a400"/>
</svg>
`;

/** The branded example, built (portable: opened from file://). */
export function brandedExample({ portable = true } = {}) {
  return example({
    portable,
    config: `[brand]\nlogo = "images/badge.svg"\ncolour = "${COLOUR}"\n`,
    files: { "static/images/badge.svg": BADGE },
  });
}

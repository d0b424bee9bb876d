import { definePreset } from "../../src/define.js";

/**
 * The Daily Caller News Foundation: "All republished articles must include our logo, our
 * reporter's byline and their DCNF affiliation." (the middle sentence of every DCNF story's footer).
 */
export default definePreset({
  name: "dcnf",
  description: "Daily Caller News Foundation: logo, reporter's byline and DCNF affiliation on every republished article.",
  publisher: {
    name: "Daily Caller News Foundation",
    aliases: ["DCNF"],
    // A different organisation: "By The Daily Caller" is neither the reporter nor the Foundation.
    notTheSame: ["The Daily Caller", "Daily Caller"],
    hosts: ["dailycallernewsfoundation.org", "dailycaller.com"],
  },
  rules: {
    "logo-present": [
      "error",
      {
        alt: ["Daily Caller News Foundation", "DCNF"],
        src: ["dcnf", "daily-caller-news-foundation", "dailycallernewsfoundation", "daily_caller_news_foundation"],
        // The Daily Caller's own logo files (terms catalogue §1.2) do not name it in the file name.
        notSrc: ["dailycaller", "daily-caller", "daily_caller", "/dailycaller\\.com\\/files\\/images\\/(logo-white\\.png|sub-logo\\.svg)/i"],
      },
    ],
    "reporter-byline": "error",
    "byline-affiliation": "error",
    // Needs originals (--original / --originals); not applicable without them.
    "unattributed-copy": ["error", { minShare: 0.5 }],
    // Not in DCNF's terms: worth telling a partner, never a breach.
    "link-to-original": "warn",
    "copy-artifacts": "warn",
    // DCNF allows edits; presets whose terms forbid them turn this on.
    "text-fidelity": "off",
  },
});

/**
 * The bundled example pages with one part swapped, for cases a real CMS produces that the
 * examples themselves do not show.
 */
import { readFileSync } from "node:fs";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

function swap(page: string, from: string | RegExp, to: string): string {
  const swapped = page.replace(from, to);
  if (swapped === page) throw new Error(`example page no longer holds ${String(from)}`);
  return swapped;
}

/**
 * The Drupal example (credit line "From the Daily Caller News Foundation" kept) with a Drupal 7
 * node meta line, "Submitted by <username> on <date>", in place of Olivero's "By …".
 */
export const drupalSubmitted = swap(
  example("drupal-credit-line.html"),
  /<div class="node__meta">[\s\S]*?<\/header>/,
  '<div class="node__meta">\n        <div class="submitted"><span property="dc:date dc:created" content="2024-10-25T13:20:00-05:00" datatype="xsd:dateTime">Submitted by <a href="/contributors/laila-montgomery" title="View user profile." class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">Laila Montgomery</a> on Fri, 10/25/2024 - 13:20</span></div>\n      </div>\n      </header>',
);

/**
 * The wrong-reporter example with its byline fixed to the reporter (still without the
 * affiliation); its meta line keeps the theme's "Daily Caller" tag link beside the byline.
 */
export const wrongReporterFixed = swap(
  example("wordpress-wrong-reporter.html"),
  'href="https://tricountysentinel.com/author/dailycaller/" rel="author" title="The Daily Caller">The Daily Caller</a>',
  'href="https://tricountysentinel.com/author/laila-montgomery/" rel="author" title="Laila Montgomery">Laila Montgomery</a>',
);

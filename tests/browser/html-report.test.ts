/**
 * The HTML report as a syndication desk opens it: in a real browser (headless Chromium). It
 * renders the totals, one row per partner site and one section per page, and nothing a hostile
 * page put in a finding, an input name or a reason becomes markup.
 */
import { load, type CheerioAPI } from "cheerio";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { html } from "../../src/formatters/html.js";
import { summarize } from "../../src/report.js";
import { dumpDom, ensureChromium, screenshot } from "../helpers/chromium.js";
import { fullReport, oneFinding, ruleMetas } from "../formatters/report.js";
import { tempDir } from "../helpers/temp-dir.js";

const HOSTILE = `<img id="pwned" src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
const HOSTILE_URL = `https://hostile.example/story/?q=${encodeURIComponent("<b>")}"><b id="pwned">x</b>`;

let dom: CheerioAPI;
let file: string;
let pages: number;

beforeAll(async () => {
  ensureChromium();
  const base = fullReport();
  const hostile = oneFinding(HOSTILE_URL, { message: HOSTILE, evidence: HOSTILE, selector: HOSTILE }).results[0]!;
  const report = summarize([...base.results, { ...hostile, notes: [{ ruleId: "reporter-byline", message: HOSTILE }] }]);
  pages = report.results.length;
  const dir = tempDir("republint-report-");
  file = join(dir, "report.html");
  writeFileSync(file, html(report, { rules: ruleMetas }));
  dom = load(await dumpDom(pathToFileURL(file).href));
}, 300_000);

describe("the HTML report in Chromium", () => {
  test("renders the totals and one row per partner site", () => {
    expect(dom("h1").text()).toBe("republint report");
    expect(Number(dom('[data-total="checked"] strong').text())).toBe(9);
    expect(Number(dom('[data-total="errors"] strong').text())).toBe(2);
    const sites = dom("table.sites tbody tr").map((_, tr) => dom(tr).attr("data-site")).get();
    expect(sites).toEqual(["local files", "partner.example", "hostile.example"]);
    expect(dom('tr[data-site="local files"] td[data-col="compliant"]').text()).toBe("3");
  });

  test("shows every page with its checklist, findings and evidence", () => {
    const sections = dom("section.page");
    expect(sections).toHaveLength(pages);
    const hidden = sections.filter((_, s) => dom(s).find("h3").text() === "examples/drupal-logo-hidden.html");
    expect(hidden.find('li[data-term="logo-present"]').attr("data-verdict")).toBe("fail");
    expect(hidden.find("tr.finding td.message").text()).toMatch(/logo is not visible: display:none/);
    expect(hidden.find("tr.finding td.evidence code").text()).not.toBe("");
    const gone = sections.filter((_, s) => dom(s).find("h3").text() === "https://partner.example/gone/");
    expect(gone.find(".error").text()).toContain("HTTP 404 Not Found");
    // A URL input links to the page itself.
    expect(dom('section.page h3 a[href="https://partner.example/news/2025/dni-report/"]').length).toBe(1);
  });

  test("runs nothing and builds no element from a hostile page's text", () => {
    expect(dom("title").text()).toBe("republint report");
    expect(dom("#pwned")).toHaveLength(0);
    expect(dom("script")).toHaveLength(0);
    expect(dom("img")).toHaveLength(0);
    const section = dom("section.page").last();
    expect(section.find("h3").text()).toBe(HOSTILE_URL);
    expect(section.find("td.message").text()).toBe(HOSTILE);
    expect(section.find("td.evidence code").text()).toBe(HOSTILE);
    expect(section.find("ul.notes li").text()).toContain(HOSTILE);
  });

  test("paints a page (a screenshot that is not blank)", async () => {
    const png = join(file, "..", "report.png");
    await screenshot(pathToFileURL(file).href, png);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(20_000);
  }, 120_000);
});

/**
 * republint's library entry point.
 * @example
 * import { checkHtml } from "republint";
 * const result = checkHtml(html, { authors: ["Laila Montgomery"] });
 * for (const f of result.findings) console.log(`${f.location?.line}:${f.location?.column} ${f.message}`);
 */
export { check, checkFile, checkHtml, checkUrl, type CheckHtmlOptions, type CheckOptions } from "./check.js";
export { ConfigError, resolveConfig, type ConfigOptions, type ResolvedConfig } from "./config/resolve.js";
export { definePreset, defineRule } from "./define.js";
export { checkPage } from "./engine.js";
export { formatters, type FormatOptions, type Formatter } from "./formatters/index.js";
export { Page } from "./page/page.js";
export { OriginalLibrary } from "./originals/library.js";
export { extractOriginal } from "./originals/extract.js";
export { errorsOnly, exitCode, summarize } from "./report.js";
export { discover, discoverEach, type DiscoverSpecs } from "./discover/discover.js";
export { discoverFromSitemap, sitemapEntries, type SitemapOptions } from "./discover/sitemap.js";
export { discoverFromFeed, feedEntries, type FeedOptions } from "./discover/feed.js";
export { crawl, type CrawlOptions } from "./discover/crawl.js";
export { parseSince } from "./discover/since.js";
export type { Discovery, DiscoveredUrl, DiscoveryEntry, DiscoveryFailure } from "./discover/types.js";
export { presets, rules } from "../rules/index.js";
export type * from "./types.js";
export type { LoadOptions, LoadedSource } from "./load/types.js";
export { createFetcher } from "./fetch/client.js";
export { defaultCacheDir } from "./fetch/cache.js";
export type { CacheUse, Fetcher, FetchFailure, FetchPolicy, FetchResult, FetchSuccess } from "./fetch/types.js";

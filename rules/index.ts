/** The explicit registries of rules and presets: nothing is discovered by scanning folders. */
import type { Preset, Rule } from "../src/types.js";
import bylineAffiliation from "./byline-affiliation.js";
import logoPresent from "./logo-present.js";
import dcnf from "./presets/dcnf.js";
import reporterByline from "./reporter-byline.js";

export const rules: Record<string, Rule<any, any>> = {
  [logoPresent.meta.id]: logoPresent,
  [reporterByline.meta.id]: reporterByline,
  [bylineAffiliation.meta.id]: bylineAffiliation,
};

export const presets: Record<string, Preset> = {
  [dcnf.name]: dcnf,
};

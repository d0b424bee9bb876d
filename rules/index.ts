/** The explicit registries of rules and presets: nothing is discovered by scanning folders. */
import type { Preset, Rule } from "../src/types.js";
import bylineAffiliation from "./byline-affiliation.js";
import copyArtifacts from "./copy-artifacts.js";
import linkToOriginal from "./link-to-original.js";
import logoPresent from "./logo-present.js";
import dcnf from "./presets/dcnf.js";
import reporterByline from "./reporter-byline.js";
import textFidelity from "./text-fidelity.js";
import unattributedCopy from "./unattributed-copy.js";

export const rules: Record<string, Rule<any, any>> = {
  [logoPresent.meta.id]: logoPresent,
  [reporterByline.meta.id]: reporterByline,
  [bylineAffiliation.meta.id]: bylineAffiliation,
  [unattributedCopy.meta.id]: unattributedCopy,
  [linkToOriginal.meta.id]: linkToOriginal,
  [copyArtifacts.meta.id]: copyArtifacts,
  [textFidelity.meta.id]: textFidelity,
};

export const presets: Record<string, Preset> = {
  [dcnf.name]: dcnf,
};

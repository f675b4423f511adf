export { FIELD_BOOSTS } from "./minisearch-index";
export { ALL_ENTITIES } from "./queries-search";
export { createTextIndex, lexiconFromNodes, type TextIndexOptions } from "./text-index";

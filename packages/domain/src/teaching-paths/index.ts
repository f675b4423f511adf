export * from "./format";
export { readTeachingPathContent } from "./parse";
export * from "./rules";
export * from "./types";

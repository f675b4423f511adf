export * from "./differential";
export * from "./graph";
export * from "./interpret";
export * from "./kinds";
export * from "./markdown";
export { parseOriginList } from "./origins";
export * from "./relations";
export * from "./scales";
export * from "./teaching-paths";

export * from "./differential";
export * from "./graph";
export * from "./kinds";
export * from "./relations";
export * from "./scales";

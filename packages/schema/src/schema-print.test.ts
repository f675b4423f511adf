import { readFileSync } from "node:fs";
import * as graphql from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema, printApiSchema } from "./index";

describe("the schema as a product", () => {
  it("matches the generated schema.graphql (run `pnpm codegen` after a change)", () => {
    // Compared as printed by graphql-js, so Biome's formatting of the file does not count as drift.
    const generated = graphql.buildSchema(
      readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"),
    );
    expect(printApiSchema()).toBe(`${graphql.printSchema(graphql.lexicographicSortSchema(generated))}\n`);
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(createSchema().getTypeMap())) {
      if (graphql.isIntrospectionType(type) || graphql.isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (graphql.isObjectType(type) || graphql.isInterfaceType(type) || graphql.isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (graphql.isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives every deprecation a reason", () => {
    const silent: string[] = [];
    for (const type of Object.values(createSchema().getTypeMap())) {
      if (!(graphql.isObjectType(type) || graphql.isInterfaceType(type)) || graphql.isIntrospectionType(type))
        continue;
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason === "") silent.push(`${type.name}.${field.name}`);
      }
    }
    expect(silent).toEqual([]);
  });
});

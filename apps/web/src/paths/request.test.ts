import { describe, expect, it } from "vitest";
import { isCode, PathRequestError, pathRequest } from "./request";

const answer = (body: unknown, status = 200): typeof fetch =>
  (async () => Response.json(body, { status })) as unknown as typeof fetch;

describe("pathRequest", () => {
  it("returns the data", async () => {
    const data = await pathRequest<{ viewer: { role: string } }>(
      "{ viewer { role } }",
      {},
      {
        fetchImpl: answer({ data: { viewer: { role: "EDUCATOR" } } }),
      },
    );
    expect(data.viewer.role).toBe("EDUCATOR");
  });

  it("keeps the code, field and current version of a refusal", async () => {
    const refusal = {
      errors: [
        { message: "stale", extensions: { code: "CONFLICT", currentVersion: 4, field: "expectedVersion" } },
      ],
      data: null,
    };
    const error = await pathRequest("mutation { x }", {}, { fetchImpl: answer(refusal) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PathRequestError);
    expect(isCode(error, "CONFLICT")).toBe(true);
    expect(error).toMatchObject({ currentVersion: 4, field: "expectedVersion", message: "stale" });
  });

  it("explains an answer that is not JSON", async () => {
    const fetchImpl = (async () => new Response("<html>", { status: 502 })) as unknown as typeof fetch;
    const error = await pathRequest("{ x }", {}, { fetchImpl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UNKNOWN", status: 502 });
  });
});

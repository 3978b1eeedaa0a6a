import { describe, expect, it } from "vitest";
import { invariantResponse } from "../../app/invariant";
import { Refusal } from "../../app/refusal";
import { refusalResponse, refusalResult } from "../../app/refusal.server";

function thrownBy(work: () => void): unknown {
  try {
    work();
  } catch (thrown) {
    return thrown;
  }
  return undefined;
}

describe("invariantResponse", () => {
  it("throws a Response with the Danish message and the status when the condition fails", async () => {
    const thrown = thrownBy(() => invariantResponse(null, "Tråden findes ikke", { status: 404 }));
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
    expect(await (thrown as Response).text()).toBe("Tråden findes ikke");
  });

  it("answers 400 when no status is given, and does nothing when the condition holds", () => {
    expect((thrownBy(() => invariantResponse(0, "Ugyldigt")) as Response).status).toBe(400);
    expect(thrownBy(() => invariantResponse({ id: 1 }, "Findes ikke", { status: 404 }))).toBeUndefined();
  });
});

describe("turning a Refusal into the route's answer", () => {
  it("gives a form the route's fields plus the message, with the refusal's status", async () => {
    const response = refusalResult(new Refusal("Vælg to forskellige tags.", { status: 409 }), { done: null });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ done: null, error: "Vælg to forskellige tags." });
  });

  it("gives an error page a plain response, 400 unless the refusal says otherwise", async () => {
    const response = refusalResponse(new Refusal("Trinnet findes ikke", { status: 404 }));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Trinnet findes ikke");
    expect(refusalResponse(new Refusal("Nej")).status).toBe(400);
  });
});

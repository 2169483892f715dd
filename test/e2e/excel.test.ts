// The pane inside (fake) Excel on the web: the Excel store over office-addin-mock, kept across reloads.
import { defineJourney } from "./support/journey";

jest.setTimeout(60_000);

describe("Excel host (fake Excel on the web)", () => {
  defineJourney({ host: "excel", source: "file" });
});

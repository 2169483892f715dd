// The pane opened in a plain browser without network (office.js fails): the file store in IndexedDB.
import { defineJourney } from "./support/journey";

jest.setTimeout(60_000);

describe("standalone (file store, offline)", () => {
  defineJourney({ host: "offline", source: "paste" });
});

// npm start/stop's port option and the pid file per port.
import { DEFAULT_DEV_PORT, devServerPidFile, portFromArgs } from "../../scripts/devServer";

describe("portFromArgs", () => {
  test.each<[string, string[], ReturnType<typeof portFromArgs>]>([
    ["no option: the manifest's port", [], { port: DEFAULT_DEV_PORT }],
    ["--port N", ["--port", "3456"], { port: 3456 }],
    ["--port=N", ["--port=40000"], { port: 40000 }],
    ["not a number", ["--port", "abc"], { error: '--port "abc" is not a port: give a number from 1 to 65535, e.g. --port 3456' }],
    ["past 65535", ["--port", "70000"], { error: '--port "70000" is not a port: give a number from 1 to 65535, e.g. --port 3456' }],
    ["zero", ["--port=0"], { error: '--port "0" is not a port: give a number from 1 to 65535, e.g. --port 3456' }],
    ["missing value", ["--port"], { error: '--port "" is not a port: give a number from 1 to 65535, e.g. --port 3456' }],
  ])("%s", (_, argv, expected) => {
    expect(portFromArgs(argv)).toEqual(expected);
  });
});

test("each port has its own pid file; the default keeps the old name", () => {
  expect(devServerPidFile().endsWith("/.dev-server.pid")).toBe(true);
  expect(devServerPidFile(3456).endsWith("/.dev-server-3456.pid")).toBe(true);
  expect(DEFAULT_DEV_PORT).toBe(3000);
});

// Task pane entry: waits for Office.js when it is present, then says which host the pane runs in.
import { describeHost, detectHost, type HostProbe } from "./host";

async function probeHost(): Promise<HostProbe> {
  if (typeof Office === "undefined") return { officeLoaded: false, host: null };
  const info = await Office.onReady();
  return {
    officeLoaded: true,
    host: info.host ? String(info.host) : null,
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}

async function main(): Promise<void> {
  const status = document.getElementById("host-status");
  if (!status) return;
  try {
    const { text, tone } = describeHost(detectHost(await probeHost()));
    status.textContent = text;
    status.dataset.kind = tone;
  } catch (error) {
    status.textContent = `無法啟動：${error instanceof Error ? error.message : String(error)}`;
    status.dataset.kind = "error";
  }
}

void main();

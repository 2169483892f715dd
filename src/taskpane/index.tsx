// Task pane entry: renders the React app into the page. Everything heavy (the file store, the Excel
// store, the minutes readers) is loaded later with import(), so this bundle stays small. In an old
// webview the inline guard has already put its message in #root, and the pane stays out of its way.
import { createRoot } from "react-dom/client";
import { oldWebview } from "../guard/webviewFlag";
import { Root } from "./Root";

const container = document.getElementById("root");
if (container && oldWebview() === null) createRoot(container).render(<Root />);

// Task pane entry: renders the React app into the page. Everything heavy (the file store, the Excel
// store, the minutes readers) is loaded later with import(), so this bundle stays small.
import { createRoot } from "react-dom/client";
import { Root } from "./Root";

const container = document.getElementById("root");
if (container) createRoot(container).render(<Root />);

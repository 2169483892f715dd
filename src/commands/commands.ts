// Ribbon commands page (the manifest's FunctionFile). The Home-tab button only opens the task pane,
// which Office does without code; commands that run without UI register here with Office.actions.
// Office must finish initializing on this page before any command can be invoked.
void Office.onReady();

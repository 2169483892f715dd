// The fallback inside Office when the host lacks nested app authentication: the Office dialog opens our
// sign-in page (auth-dialog.html, MSAL redirect flow in its own window, as Microsoft's identity pages
// refuse to load in the pane's iframe) and sends the token back with messageParent. The dialog opens only
// from signIn, which the pane calls from a click on 「登入」; getToken (what Graph requests use) never does.
import { decodeDialogMessage, stillValid } from "./dialogMessage";
import { problem } from "../../problems";
import { SignInError, SignInRequiredError, type TokenSource } from "./tokenSource";

/** Office's codes: the user closed the dialog; ignored Office's prompt to open it; the browser blocked it. */
const DIALOG_CLOSED = 12006;
const DIALOG_IGNORED = 12009;
const POPUP_BLOCKED = 12011;

export class DialogTokenSource implements TokenSource {
  readonly method = "office-dialog" as const;
  private token: { readonly value: string; readonly expiresOn: string; readonly account: string } | null = null;

  /** @param dialogUrl absolute https URL of auth-dialog.html on the add-in's own domain */
  constructor(
    private readonly dialogUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  account(): string | null {
    return this.token?.account ?? null;
  }

  /** The token in memory while it is valid; otherwise only the user can help (SignInRequiredError). */
  getToken(): Promise<string> {
    if (this.token && stillValid(this.token.expiresOn, this.now())) return Promise.resolve(this.token.value);
    return Promise.reject(new SignInRequiredError());
  }

  /**
   * From a click: opens the sign-in dialog (unless a valid token is in memory). `promptBeforeOpen: false`
   * is right only because of that: the click itself is the user gesture Office on the web asks for.
   */
  async signIn(): Promise<string> {
    if (this.token && stillValid(this.token.expiresOn, this.now())) return this.token.value;
    const message = await this.openDialog();
    this.token = { value: message.accessToken, expiresOn: message.expiresOn, account: message.account };
    return message.accessToken;
  }

  signOut(): Promise<void> {
    this.token = null;
    return Promise.resolve();
  }

  private openDialog(): Promise<{ accessToken: string; expiresOn: string; account: string }> {
    return new Promise((resolve, reject) => {
      Office.context.ui.displayDialogAsync(this.dialogUrl, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          const code = opened.error.code;
          if (code === DIALOG_IGNORED) reject(new SignInError(problem("signIn.dialogIgnored", {}), true));
          else if (code === POPUP_BLOCKED) reject(new SignInError(problem("signIn.popupBlocked", {})));
          else reject(new SignInError(problem("signIn.cannotOpen", { code, detail: opened.error.message })));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const text = "message" in arg ? arg.message : "";
          const message = decodeDialogMessage(text);
          if (message.kind === "token") resolve(message);
          else reject(new SignInError(message.problem));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = "error" in arg ? arg.error : 0;
          reject(new SignInError(code === DIALOG_CLOSED ? problem("signIn.cancelled", {}) : problem("signIn.dialogError", { code: String(code) }), code === DIALOG_CLOSED));
        });
      });
    });
  }
}

// A button that opens the file chooser: Fluent has no file input, so a hidden native one does the picking
// (labelled for screen readers and for tests), and is cleared so the same file can be picked again.
import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

export interface FilePickButtonProps {
  /** the button's text */
  readonly children: ReactNode;
  /** the hidden input's accessible name */
  readonly inputLabel: string;
  /** file types, as the accept attribute (e.g. ".xlsx") */
  readonly accept: string;
  readonly onPick: (file: File) => void;
  readonly size?: ButtonProps["size"];
  readonly disabled?: boolean;
}

export function FilePickButton({ children, inputLabel, accept, onPick, size, disabled }: FilePickButtonProps): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size={size} onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) onPick(file);
        }}
      />
    </>
  );
}

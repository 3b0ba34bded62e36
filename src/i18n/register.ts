// Errors word their English `message` with the catalogue. The entry points import this module
// (cli/run.ts for every command, cli/main.ts's error printer for the warm path), so that
// errors.ts never imports the catalogue and the catalogue never imports errors.ts.
import { registerEnglish } from "../errors.ts";
import { render } from "./messages.ts";

registerEnglish((key, params) => render(key, params, "en").message);

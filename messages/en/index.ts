// The en interface strings, one file per namespace (each owned by a part of the interface).
import common from "./common.json";
import reference from "./reference.json";
import filters from "./filters.json";
import charts from "./charts.json";
import share from "./share.json";
import overview from "./overview.json";
import country from "./country.json";
import mirror from "./mirror.json";
import data from "./data.json";
import claims from "./claims.json";
import checker from "./checker.json";
import verdicts from "./verdicts.json";
import projects from "./projects.json";
import ui from "./ui.json";

const messages = { common, reference, filters, charts, share, overview, country, mirror, data, claims, checker, verdicts, projects, ui };

export default messages;

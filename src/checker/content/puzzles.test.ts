// The content tests of the course module "puzzles" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("puzzles");

// The content tests of the course module "futures" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("futures");
